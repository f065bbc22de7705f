# ipaddress: addresses and networks, subnetting, membership, and validation errors.
import ipaddress

a = ipaddress.ip_address("192.168.1.10")
print(a, repr(a), int(a), a.is_private, a.is_global, a.version, a + 5, a.reverse_pointer)
net = ipaddress.ip_network("192.168.1.0/24")
print(net, net.num_addresses, net.netmask, net.hostmask, net.broadcast_address, a in net)
print(list(net.subnets(new_prefix=26)), net.supernet(prefixlen_diff=8))
print(list(ipaddress.ip_network("10.0.0.0/30").hosts()), ipaddress.ip_network("10.0.0.0/8").overlaps(net))
v6 = ipaddress.ip_address("2001:db8::1")
print(v6, v6.exploded, v6.compressed, v6.is_private, ipaddress.ip_address("::ffff:1.2.3.4").ipv4_mapped)
iface = ipaddress.ip_interface("10.1.2.3/16")
print(iface, iface.network, iface.ip, iface.with_netmask)
print(list(ipaddress.summarize_address_range(ipaddress.ip_address("10.0.0.0"), ipaddress.ip_address("10.0.0.9"))))
print(list(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"), ipaddress.ip_network("10.0.0.128/25")])))
for bad in ["256.1.1.1", "1.2.3", "192.168.1.1/24"]:
    try:
        ipaddress.ip_network(bad) if "/" in bad else ipaddress.ip_address(bad)
    except ValueError as e:
        print("ValueError", e)
print(sorted([ipaddress.ip_address("10.0.0.2"), ipaddress.ip_address("10.0.0.1")]))
