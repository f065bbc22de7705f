# statistics: averages, spread, quantiles, correlation and NormalDist on fixed data.
import statistics as st
from fractions import Fraction
from decimal import Decimal

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.mode([1, 1, 2, 3, 3, 3, 4]), st.multimode("aabbbbccdddd"), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]))
print(st.pvariance(data), st.variance(data), st.pstdev(data), st.stdev(data))
print(st.quantiles(range(1, 11), n=4), st.quantiles([1, 5, 9, 13], n=10, method="inclusive"))
print(st.median_grouped([52, 52, 53, 54]), st.mean([Fraction(1, 3), Fraction(1, 6)]), st.mean([Decimal("0.5"), Decimal("0.75")]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, [2 * v + 1 for v in x]))
n = st.NormalDist(100, 15)
print(n.mean, n.stdev, round(n.cdf(130), 6), round(n.pdf(100), 6), round(n.inv_cdf(0.975), 6))
print(n.overlap(st.NormalDist(110, 15)), n + 5, n * 2, round(n.zscore(85), 6), [round(q, 3) for q in n.quantiles()])
print(st.NormalDist.from_samples([1, 2, 3, 4]))
for bad in ([], [1]):
    try:
        st.variance(bad)
    except st.StatisticsError as e:
        print("StatisticsError", e)
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError", e)
print(st.mean([1, 2, 3]), type(st.mean([1, 2])).__name__, st.median([]) if False else "ok")
