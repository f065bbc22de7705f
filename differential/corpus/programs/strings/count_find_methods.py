dna = "AGCTTAGCTAAGGCTTAGCA"
print(dna.count("A"), dna.count("AG"), dna.count("GCT"), dna.find("TTA"), dna.rfind("TTA"))
print(dna.index("C"), dna.rindex("C"), dna.find("X"), dna.find("A", 5), dna.find("A", 5, 8))
comp = dna.translate(str.maketrans("ACGT", "TGCA"))
print(comp, comp[::-1], dna.replace("T", "U"), dna.lower().capitalize())
counts = {b: dna.count(b) for b in "ACGT"}
print(counts, max(counts, key=counts.get), sum(counts.values()) == len(dna))
gc = (dna.count("G") + dna.count("C")) / len(dna)
print(f"GC content {gc:.1%}", [dna[i:i + 3] for i in range(0, len(dna) - 2, 3)])
positions = []
start = 0
while (i := dna.find("AG", start)) != -1:
    positions.append(i)
    start = i + 1
print(positions, dna.startswith(("AG", "CT")), dna.endswith("CA"), dna.partition("TTA"))
