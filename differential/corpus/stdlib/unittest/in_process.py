# A unittest suite run in-process with a text runner writing to a StringIO.
import io
import re
import unittest
from unittest import mock


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


class StackTest(unittest.TestCase):
    def setUp(self):
        self.stack = Stack()

    def test_push_pop(self):
        self.stack.push(1)
        self.stack.push(2)
        self.assertEqual(self.stack.pop(), 2)
        self.assertEqual(self.stack.items, [1])

    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.stack.pop()
        self.assertIn("empty", str(cm.exception))

    def test_fails(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_errors(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_assertions(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertRegex("abc123", r"\d+")
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertIsNone(None)
        self.assertRaisesRegex(ValueError, "invalid literal", int, "x")
        with self.assertWarns(DeprecationWarning):
            import warnings
            warnings.warn("old", DeprecationWarning)

    def test_mock(self):
        m = mock.Mock(return_value=42)
        self.assertEqual(m(1, key="v"), 42)
        m.assert_called_once_with(1, key="v")
        with mock.patch.object(Stack, "pop", return_value="patched"):
            self.assertEqual(Stack().pop(), "patched")
        mm = mock.MagicMock()
        mm.__len__.return_value = 3
        self.assertEqual(len(mm), 3)


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
suite = unittest.defaultTestLoader.loadTestsFromTestCase(StackTest)
result = runner.run(suite)
text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", stream.getvalue())
text = re.sub(r'File ".*?([\w]+\.py)"', r'File "\1"', text)
print(text)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), result.wasSuccessful())
