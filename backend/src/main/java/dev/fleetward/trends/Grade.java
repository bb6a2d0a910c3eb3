package dev.fleetward.trends;

import java.math.BigDecimal;

/**
 * A letter for a score: A from 90, B from 80, C from 70, D from 60, F below. No score
 * (nothing judged) has no grade.
 */
public enum Grade {

	A(90), B(80), C(70), D(60), F(0);

	private final int from;

	Grade(int from) {
		this.from = from;
	}

	/** The grade of a score, or null for N/A. */
	public static Grade of(BigDecimal score) {
		if (score == null) {
			return null;
		}
		for (Grade grade : values()) {
			if (score.compareTo(BigDecimal.valueOf(grade.from)) >= 0) {
				return grade;
			}
		}
		return F;
	}

}
