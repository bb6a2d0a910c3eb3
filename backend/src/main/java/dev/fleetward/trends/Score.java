package dev.fleetward.trends;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import dev.fleetward.checks.Severity;

/**
 * A severity-weighted score: 100 × passed weight / (passed + failed weight), with weights
 * critical 10, high 5, medium 3, low 1 and info 0 (info never counts). Only PASS and FAIL
 * count; UNKNOWN and NOT_APPLICABLE are left out, and so are exempted failures (neither
 * passed nor failed: an exemption hides a failure, it does not turn it into a pass).
 * Nothing judged gives no score (N/A), never 100.
 *
 * @param passedWeight the weight of passed results
 * @param failedWeight the weight of failed results not exempted
 * @param passed how many results passed (info excluded)
 * @param failed how many failed and were not exempted (info excluded)
 * @param exempted how many failed but were exempted (info excluded)
 */
public record Score(int passedWeight, int failedWeight, int passed, int failed, int exempted) {

	static final Map<Severity, Integer> WEIGHTS = Map.of(Severity.CRITICAL, 10, Severity.HIGH, 5, Severity.MEDIUM, 3,
			Severity.LOW, 1, Severity.INFO, 0);

	public static final Score NOTHING = new Score(0, 0, 0, 0, 0);

	public static int weight(Severity severity) {
		return WEIGHTS.get(severity);
	}

	Score plusPassed(Severity severity) {
		int weight = weight(severity);
		return (weight == 0) ? this
				: new Score(this.passedWeight + weight, this.failedWeight, this.passed + 1, this.failed, this.exempted);
	}

	Score plusFailed(Severity severity) {
		int weight = weight(severity);
		return (weight == 0) ? this
				: new Score(this.passedWeight, this.failedWeight + weight, this.passed, this.failed + 1, this.exempted);
	}

	Score plusExempted(Severity severity) {
		return (weight(severity) == 0) ? this
				: new Score(this.passedWeight, this.failedWeight, this.passed, this.failed, this.exempted + 1);
	}

	Score plus(Score other) {
		return new Score(this.passedWeight + other.passedWeight, this.failedWeight + other.failedWeight,
				this.passed + other.passed, this.failed + other.failed, this.exempted + other.exempted);
	}

	/** 0 to 100 with one decimal, or null (N/A) when nothing was judged. */
	public BigDecimal value() {
		int judged = this.passedWeight + this.failedWeight;
		if (judged == 0) {
			return null;
		}
		return BigDecimal.valueOf(100L * this.passedWeight).divide(BigDecimal.valueOf(judged), 1, RoundingMode.HALF_UP);
	}

	public Grade grade() {
		return Grade.of(value());
	}

}
