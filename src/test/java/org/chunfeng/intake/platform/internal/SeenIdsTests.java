package org.chunfeng.intake.platform.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters that let rows go straight in: seen ids are never missed, and stored
 * versions answer exactly.
 */
class SeenIdsTests {

	@Test
	void neverMissesAnIdSeenBeforeAndRarelyClaimsANewOne() {
		// four times more ids than expected: the filter grows
		SeenIds seen = new SeenIds(50_000);
		long claimed = 0;
		for (int i = 0; i < 200_000; i++) {
			claimed += seen.add("HD" + i) ? 0 : 1;
		}
		for (int i = 0; i < 200_000; i++) {
			assertThat(seen.add("HD" + i)).isFalse();
		}

		assertThat(claimed).isLessThan(2_000);
		assertThat(seen.anyClaimed()).isTrue();
		assertThat(new SeenIds(10).add("A")).isTrue();
	}

	@Test
	void tellsExactlyWhichRowsAreNoNewerThanTheStoredVersion() {
		StoredVersions stored = StoredVersions.collecting(1 << 30);
		LocalDateTime time = LocalDateTime.of(2024, 2, 1, 10, 0);
		for (int i = 0; i < 100_000; i++) {
			byte[] id = ("HD" + i).getBytes(StandardCharsets.UTF_8);
			assertThat(stored.add(id, 0, id.length, PostgresStaging.micros(time))).isTrue();
		}
		byte[] undated = "招聘会".getBytes(StandardCharsets.UTF_8);
		stored.add(undated, 0, undated.length, StoredVersions.NO_VERSION);

		assertThat(stored.size()).isEqualTo(100_001);
		assertThat(stored.holdsAtLeastAsNew("HD99999", time)).isTrue();
		assertThat(stored.holdsAtLeastAsNew("HD99999", time.minusSeconds(1))).isTrue();
		assertThat(stored.holdsAtLeastAsNew("HD99999", null)).isTrue();
		assertThat(stored.holdsAtLeastAsNew("HD99999", time.plusSeconds(1))).isFalse();
		assertThat(stored.holdsAtLeastAsNew("HD100000", time)).isFalse();
		assertThat(stored.holdsAtLeastAsNew("招聘会", time.minusYears(1))).isFalse();
		assertThat(stored.holdsAtLeastAsNew("招聘会", null)).isFalse();
	}

	@Test
	void givesUpWhenTheVersionsDoNotFitTheBudget() {
		StoredVersions stored = StoredVersions.collecting(1 << 20);
		boolean fits = true;
		for (int i = 0; i < 1_000_000 && fits; i++) {
			byte[] id = ("HD" + i).getBytes(StandardCharsets.UTF_8);
			fits = stored.add(id, 0, id.length, 0);
		}

		assertThat(fits).isFalse();
		assertThat(stored.size()).isLessThan(100_000);
	}

}
