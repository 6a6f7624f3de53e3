package vn.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator of the national service index (Quyết định 766/QĐ-TTg): numerator over denominator as a rate in
 * percent, the rate that earns the full score, the indicator's maximum points where the decision fixes them, and the
 * score (points when the maximum is known, otherwise the share of the full score in percent).
 */
public record Indicator(String id, long numerator, long denominator, BigDecimal rate, BigDecimal fullScoreRate,
		BigDecimal maxPoints, BigDecimal score) {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** A rate indicator: full score at or above {@code fullScoreRate} percent, proportional below it. */
	static Indicator rate(String id, long numerator, long denominator, BigDecimal fullScoreRate, BigDecimal maxPoints) {
		BigDecimal rate = denominator == 0 ? null
				: BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
		return new Indicator(id, numerator, denominator, rate, fullScoreRate, maxPoints, score(rate, fullScoreRate, maxPoints));
	}

	static BigDecimal score(BigDecimal rate, BigDecimal fullScoreRate, BigDecimal maxPoints) {
		if (rate == null) {
			return null;
		}
		BigDecimal share = rate.min(fullScoreRate).divide(fullScoreRate, 6, RoundingMode.HALF_UP);
		return share.multiply(maxPoints == null ? HUNDRED : maxPoints).setScale(2, RoundingMode.HALF_UP);
	}
}
