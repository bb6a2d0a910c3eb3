package dev.fleetward.trends;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.fleetward.checks.Area;
import dev.fleetward.checks.CheckCatalog;
import dev.fleetward.checks.CheckResult;
import dev.fleetward.checks.CheckStatus;
import dev.fleetward.checks.Severity;
import dev.fleetward.snapshot.ObjectRef;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreCardTest {

	private static final CheckCatalog CATALOG = CheckCatalog.load();

	@Test
	void nothingJudgedHasNoScoreNeverOneHundred() {
		ScoreCard card = ScoreCard.of(
				List.of(result("sec-pod-privileged", CheckStatus.UNKNOWN, Severity.HIGH, "a"),
						result("ha-pdb-present", CheckStatus.NOT_APPLICABLE, Severity.LOW, "b")),
				(r) -> false, CATALOG);
		assertThat(card.overall().value()).isNull();
		assertThat(card.overall().grade()).isNull();
		assertThat(card.areas()).allSatisfy((area, score) -> assertThat(score.value()).isNull());
	}

	@Test
	void infoNeverCounts() {
		ScoreCard onlyInfo = ScoreCard.of(List.of(result("ha-pdb-present", CheckStatus.FAIL, Severity.INFO, "a"),
				result("ha-pdb-present", CheckStatus.PASS, Severity.INFO, "b")), (r) -> false, CATALOG);
		assertThat(onlyInfo.overall().value()).isNull();
		assertThat(onlyInfo.overall().failed()).isZero();

		ScoreCard withInfo = ScoreCard.of(List.of(result("ha-pdb-present", CheckStatus.PASS, Severity.LOW, "a"),
				result("ha-pdb-present", CheckStatus.FAIL, Severity.INFO, "b")), (r) -> false, CATALOG);
		assertThat(withInfo.overall().value()).isEqualByComparingTo("100");
	}

	@Test
	void failuresWeighBySeverityAndExemptedOnesLeaveTheScore() {
		CheckResult criticalPass = result("sec-pod-privileged", CheckStatus.PASS, Severity.CRITICAL, "a");
		CheckResult highFail = result("sec-pod-privileged", CheckStatus.FAIL, Severity.HIGH, "b");
		CheckResult exemptedFail = result("sec-pod-privileged", CheckStatus.FAIL, Severity.CRITICAL, "c");
		CheckResult haFail = result("ha-pdb-present", CheckStatus.FAIL, Severity.LOW, "d");
		Set<CheckResult> exempted = Set.of(exemptedFail);
		ScoreCard card = ScoreCard.of(List.of(criticalPass, highFail, exemptedFail, haFail), exempted::contains,
				CATALOG);

		Score security = card.areas().get(Area.SECURITY);
		assertThat(security.value()).isEqualByComparingTo("66.7"); // 10 / (10 + 5)
		assertThat(security.grade()).isEqualTo(Grade.D);
		assertThat(security.exempted()).isEqualTo(1);
		assertThat(card.areas().get(Area.HA).value()).isEqualByComparingTo("0");
		assertThat(card.areas().get(Area.STORAGE).value()).isNull();
		assertThat(card.overall().value()).isEqualByComparingTo("62.5"); // 10 / (10 + 5 +
																			// 1)
	}

	@Test
	void gradesFollowTheDocumentedThresholds() {
		assertThat(Grade.of(new BigDecimal("90.0"))).isEqualTo(Grade.A);
		assertThat(Grade.of(new BigDecimal("89.9"))).isEqualTo(Grade.B);
		assertThat(Grade.of(new BigDecimal("70"))).isEqualTo(Grade.C);
		assertThat(Grade.of(new BigDecimal("60"))).isEqualTo(Grade.D);
		assertThat(Grade.of(new BigDecimal("59.9"))).isEqualTo(Grade.F);
		assertThat(Grade.of(null)).isNull();
	}

	private static CheckResult result(String checkId, CheckStatus status, Severity severity, String name) {
		return new CheckResult(checkId, status, severity, new ObjectRef("Pod", "shop", name), "", "m", Map.of());
	}

}
