/**
 * The {@code _testcapi} module: what CPython's C-API test module offers that is true of Krait
 * too (the C type limits of this platform, float packing, raising and reporting exceptions), for
 * CPython's own tests that import it for those.
 */
package dev.krait.modules.testcapi;
