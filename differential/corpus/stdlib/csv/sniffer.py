# csv.Sniffer guessing dialects and headers of sample files.
import csv
import io

samples = {
    "commas": "name,age,city\nAnn,31,Paris\nBob,25,Rome\nCid,40,Oslo\n",
    "semicolons": "id;value;flag\n1;3,5;yes\n2;4,25;no\n3;1,0;yes\n",
    "tabs": "x\ty\tz\n1\t2\t3\n4\t5\t6\n",
    "quoted": '"a","b","c"\n"1","hello, world","3"\n"4","5","6"\n',
    "pipes": "k|v\nalpha|1\nbeta|2\ngamma|3\n",
    "numbers": "1,2,3\n4,5,6\n7,8,9\n",
}
sniffer = csv.Sniffer()
for name, text in samples.items():
    try:
        d = sniffer.sniff(text)
        print(name, repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
              sniffer.has_header(text))
        print("  ", list(csv.reader(io.StringIO(text), d))[:2])
    except csv.Error as e:
        print(name, "Error:", e)

d = sniffer.sniff("a:b:c\n1:2:3\n", delimiters=":")
print(repr(d.delimiter))
try:
    sniffer.sniff("no delimiters here at all")
except csv.Error as e:
    print("Error:", e)
