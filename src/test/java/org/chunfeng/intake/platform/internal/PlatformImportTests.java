package org.chunfeng.intake.platform.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chunfeng.DatabaseCleaner;
import org.chunfeng.TestDatabaseEnvironment.TestDatabase;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.intake.platform.PlatformImportResult;
import org.chunfeng.intake.platform.PlatformImportResult.Outcome;
import org.chunfeng.intake.platform.PlatformIntake;
import org.chunfeng.intake.platform.PlatformRejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.chunfeng.intake.platform.internal.ExportFixtures.csv;
import static org.chunfeng.intake.platform.internal.ExportFixtures.row;
import static org.chunfeng.intake.platform.internal.ExportFixtures.validRows;

/**
 * Importing exports: row rules, refusal, upsert on activity_id, duplicates, both load
 * paths.
 */
@SpringBootTest
class PlatformImportTests {

	@Autowired
	PlatformIntake intake;

	@Autowired
	PlatformActivities activities;

	@Autowired
	PlatformStore store;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
	}

	@Test
	void rejectsEachKindOfBadRowWithLineAndReasonAndLoadsTheRest() {
		List<String> rows = new ArrayList<>(validRows("OK", 200));
		rows.add(row("", 10));
		rows.add(row("BADNUM", "线下", "140105", "2024-02-01", 10, "").replace(",3,10,", ",3,十,"));
		rows.add(row("BADDATE", "线下", "140105", "2024-02-31", 10, ""));
		rows.add(row("NEG", "线下", "140105", "2024-02-01", -5, ""));
		rows.add(row("NOWHERE", "线下", "999999", "2024-02-01", 10, ""));
		rows.add(row("BACKWARDS", "线下", "140105", "2024-02-05", 10, "").replace("2024-02-05,,",
				"2024-02-05,2024-02-04,"));
		Path file = csv(this.folder, "export.csv", rows);

		PlatformImportResult result = this.intake.importFile(file);

		assertThat(result.outcome()).isEqualTo(Outcome.LOADED);
		assertThat(result.rowsRead()).isEqualTo(206);
		assertThat(result.rowsLoaded()).isEqualTo(200);
		assertThat(result.rowsRejected()).isEqualTo(6);
		assertThat(result.rowsLoaded() + result.rowsRejected()).isEqualTo(result.rowsRead());
		assertThat(result.rejections()).extracting(PlatformRejection::line, PlatformRejection::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(202L, "缺少活动编号"),
					org.assertj.core.groups.Tuple.tuple(203L, "提供岗位数“十”不是有效的数字"),
					org.assertj.core.groups.Tuple.tuple(204L, "开始日期“2024-02-31”不是有效的日期"),
					org.assertj.core.groups.Tuple.tuple(205L, "提供岗位数为负数（-5）"),
					org.assertj.core.groups.Tuple.tuple(206L, "区划代码“999999”不是山西省的县区代码"),
					org.assertj.core.groups.Tuple.tuple(207L, "结束日期 2024-02-04 早于开始日期 2024-02-05"));
		assertThat(result.rejections()).allSatisfy((rejection) -> assertThat(rejection.file()).isEqualTo("export.csv"));
		assertThat(this.activities.activityCount()).isEqualTo(200);
		assertThat(this.activities.rejectedRowCount()).isEqualTo(6);
		assertThat(this.activities.recentRejections(2)).hasSize(2);
	}

	@Test
	void refusesAFileWithMoreThanFivePercentBadRowsAndStoresNothingOfIt() {
		List<String> rows = new ArrayList<>(validRows("OK", 94));
		for (int i = 0; i < 6; i++) {
			rows.add(row("NEG" + i, "线下", "140105", "2024-02-01", -1, ""));
		}
		PlatformImportResult result = this.intake.importFile(csv(this.folder, "wrong.csv", rows));

		assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(result.rowsLoaded()).isZero();
		assertThat(result.rowsRead()).isEqualTo(100);
		assertThat(result.rowsRejected()).isEqualTo(6);
		assertThat(result.reason()).startsWith("100 行中有 6 行不合格（6.0%，超过 5%）").contains("第 96 行 提供岗位数为负数（-1）");
		assertThat(this.activities.activityCount()).isZero();
		assertThat(this.activities.rejectedRowCount()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from platform_rejection", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from platform_staging", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("select outcome from platform_import", String.class)).isEqualTo("REFUSED");
	}

	@Test
	void loadsAFileWithExactlyFivePercentBadRows() {
		List<String> rows = new ArrayList<>(validRows("OK", 95));
		for (int i = 0; i < 5; i++) {
			rows.add(row("NEG" + i, "线下", "140105", "2024-02-01", -1, ""));
		}
		PlatformImportResult result = this.intake.importFile(csv(this.folder, "edge.csv", rows));

		assertThat(result.outcome()).isEqualTo(Outcome.LOADED);
		assertThat(this.activities.activityCount()).isEqualTo(95);
	}

	@Test
	void refusesAFileThatIsNotAnExport() {
		Path file = csv(this.folder, "other.csv", List.of());
		java.nio.file.Path other = this.folder.resolve("names.csv");
		writeText(other, "姓名,电话\n张三,123\n");

		PlatformImportResult result = this.intake.importFile(other);

		assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(result.reason()).contains("找不到表头");
		assertThat(this.intake.importFile(file).outcome()).isEqualTo(Outcome.LOADED);
	}

	@Test
	void resolvesCountiesByNamesIncludingBothChengqu() {
		List<String> rows = List.of(named("YQ", "阳泉市", "城区"), named("JC", "晋城", "城区"), named("XD", "太原", "小店"),
				named("PY", "", "平遥县"), named("AMB", "", "城区"), named("BAD", "太原市", "城区"));
		PlatformImportResult result = this.intake.importFile(csv(this.folder, "names.csv", rows));

		assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(this.jdbc.queryForList("select reason from platform_import", String.class).get(0))
			.contains("无法确定县区：所属地市“”、所属县区“城区”");
		List<String> good = List.of(named("YQ", "阳泉市", "城区"), named("JC", "晋城", "城区"), named("XD", "太原", "小店"),
				named("PY", "", "平遥县"));
		assertThat(this.intake.importFile(csv(this.folder, "names2.csv", good)).outcome()).isEqualTo(Outcome.LOADED);
		assertThat(this.jdbc.queryForMap("select county_code from platform_activity where activity_id = 'YQ'"))
			.containsValue("140302");
		assertThat(countyOf("YQ")).isEqualTo("140302");
		assertThat(countyOf("JC")).isEqualTo("140502");
		assertThat(countyOf("XD")).isEqualTo("140105");
		assertThat(countyOf("PY")).isEqualTo("140728");
	}

	@Test
	void keepsTheNewestVersionWithinOneFileInEitherOrder() {
		List<String> rows = List.of(row("A", "线上", "140105", "2024-02-01", 10, "2024-02-01 10:00:00"),
				row("A", "线上", "140105", "2024-02-01", 20, "2024-02-03 10:00:00"),
				row("B", "线上", "140105", "2024-02-01", 30, "2024-02-03 10:00:00"),
				row("B", "线上", "140105", "2024-02-01", 40, "2024-02-01 10:00:00"));
		PlatformImportResult result = this.intake.importFile(csv(this.folder, "one.csv", rows));

		assertThat(result.rowsLoaded()).isEqualTo(4);
		assertThat(positionsOf("A")).isEqualTo(20);
		assertThat(positionsOf("B")).isEqualTo(30);
		assertThat(this.activities.activityCount()).isEqualTo(2);
	}

	@Test
	void keepsTheNewestVersionAcrossFilesInEitherOrder() {
		Path older = csv(this.folder, "older.csv",
				List.of(row("A", "线上", "140105", "2024-02-01", 10, "2024-02-01 10:00:00"),
						row("B", "线上", "140105", "2024-02-01", 10, "2024-02-01 10:00:00")));
		Path newer = csv(this.folder, "newer.csv",
				List.of(row("A", "线上", "140105", "2024-02-01", 99, "2024-02-05 10:00:00"),
						row("C", "线下", "140106", "2024-02-02", 5, "2024-02-05 10:00:00")));

		this.intake.importFile(older);
		this.intake.importFile(newer);
		Map<String, Object> afterOlderThenNewer = snapshot();
		DatabaseCleaner.clean(this.jdbc);
		this.intake.importFile(newer);
		this.intake.importFile(older);

		assertThat(snapshot()).isEqualTo(afterOlderThenNewer);
		assertThat(positionsOf("A")).isEqualTo(99);
		assertThat(positionsOf("B")).isEqualTo(10);
		assertThat(positionsOf("C")).isEqualTo(5);
	}

	@Test
	void recordsTheSameBytesAgainAsDuplicateAndChangesNothing() {
		Path file = csv(this.folder, "export.csv", validRows("A", 3));
		this.intake.importFile(file);
		Map<String, Object> before = snapshot();

		PlatformImportResult again = this.intake.importFile(file);

		assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
		assertThat(again.rowsRead()).isZero();
		assertThat(again.reason()).contains("export.csv");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(this.jdbc.queryForList("select outcome from platform_import order by id", String.class))
			.containsExactly("LOADED", "DUPLICATE");
	}

	@Test
	void importsUtf8BomAndGbkFilesAlike() {
		List<String> rows = List.of(named("YQ", "阳泉市", "城区"));
		assertThat(this.intake.importFile(csv(this.folder, "bom.csv", rows, StandardCharsets.UTF_8, true)).outcome())
			.isEqualTo(Outcome.LOADED);
		String before = this.jdbc.queryForObject("select name || campaign || status from platform_activity",
				String.class);
		DatabaseCleaner.clean(this.jdbc);
		assertThat(this.intake.importFile(csv(this.folder, "gbk.csv", rows, Charset.forName("GBK"), false)).outcome())
			.isEqualTo(Outcome.LOADED);
		assertThat(this.jdbc.queryForObject("select name || campaign || status from platform_activity", String.class))
			.isEqualTo(before)
			.isEqualTo("招聘会YQ2024年春风行动已结束");
	}

	@Test
	void stagesWithCopyOnPostgresql() {
		assumeThat(TestDatabase.isPostgres()).as("PostgreSQL only: the test database is H2").isTrue();
		assertThat(this.store).isInstanceOf(PostgresPlatformStore.class);
		Path file = csv(this.folder, "copy.csv", List.of(row("TAB\\1", 10).replace("招聘会TAB\\1", "\"a\tb\\c\nd\"")));
		assertThat(this.intake.importFile(file).outcome()).isEqualTo(Outcome.LOADED);
		assertThat(this.jdbc.queryForObject("select name from platform_activity", String.class))
			.isEqualTo("a\tb\\c\nd");
		// a first import rebuilds the primary key after loading
		assertThat(primaryKeys()).isOne();
	}

	@Test
	void storesEveryValueExactlyAsRead() {
		String full = String.join(",", "V1", "\"a\tb\\c\nd 😀 招聘\"", "线上", "140105", "", "", "1999-12-31", "2000-01-02",
				"9000000000", "0", "7", "2024年春风行动", "已结束", "2024-02-29 23:59:58");
		String sparse = String.join(",", "V2", "", "线下", "140106", "", "", "2024-02-01", "", "", "1", "", "", "", "");
		assertThat(this.intake.importFile(csv(this.folder, "values.csv", List.of(full, sparse))).rowsLoaded())
			.isEqualTo(2);

		assertThat(this.jdbc.queryForList("""
				select activity_id, name, mode, county_code, city_code, start_date, end_date, employers, positions,
					intents, campaign, status, updated_at, line
				from platform_activity order by activity_id""").stream().map(PlatformImportTests::lowerCaseKeys))
			.containsExactly("{activity_id=V1, name=a\tb\\c\nd 😀 招聘, mode=ONLINE, county_code=140105, city_code=1401, "
					+ "start_date=1999-12-31, end_date=2000-01-02, employers=9000000000, positions=0, intents=7, "
					+ "campaign=2024年春风行动, status=已结束, updated_at=2024-02-29 23:59:58.0, line=2}",
					"{activity_id=V2, name=null, mode=OFFLINE, county_code=140106, city_code=1401, "
							+ "start_date=2024-02-01, end_date=null, employers=0, positions=1, intents=0, campaign=null, "
							+ "status=null, updated_at=null, line=4}");
	}

	@Test
	void firstImportWithRepeatedActivitiesKeepsTheNewestAndThePrimaryKeyOnPostgresql() {
		assumeThat(TestDatabase.isPostgres()).as("PostgreSQL only: the test database is H2").isTrue();
		List<String> rows = List.of(row("A", "线上", "140105", "2024-02-01", 10, "2024-02-03 10:00:00"),
				row("B", "线上", "140105", "2024-02-01", 30, "2024-02-01 10:00:00"),
				row("A", "线上", "140105", "2024-02-01", 20, "2024-02-01 10:00:00"));

		assertThat(this.intake.importFile(csv(this.folder, "repeated.csv", rows)).rowsLoaded()).isEqualTo(3);

		assertThat(positionsOf("A")).isEqualTo(10);
		assertThat(this.activities.activityCount()).isEqualTo(2);
		assertThat(primaryKeys()).isOne();
	}

	@Test
	void stagesWithJdbcBatchesOnH2() {
		assumeThat(TestDatabase.isPostgres()).as("H2 only: the test database is PostgreSQL").isFalse();
		assertThat(this.store).isInstanceOf(H2PlatformStore.class);
		assertThat(this.intake.importFile(csv(this.folder, "h2.csv", validRows("H", 3))).rowsLoaded()).isEqualTo(3);
		assertThat(this.activities.activityCount()).isEqualTo(3);
	}

	private static String named(String id, String city, String county) {
		return String.join(",", id, "招聘会" + id, "线下", "", city, county, "2024-02-01", "", "3", "10", "2", "2024年春风行动",
				"已结束", "");
	}

	/**
	 * PostgreSQL: platform_activity's primary key constraints (a first import rebuilds
	 * it).
	 */
	private long primaryKeys() {
		return this.jdbc.queryForObject("""
				select count(*) from pg_constraint
				where conname = 'platform_activity_pkey' and contype = 'p' and conrelid = 'platform_activity'::regclass
				""", Long.class);
	}

	/** H2 names result columns in upper case, PostgreSQL in lower case. */
	private static String lowerCaseKeys(Map<String, Object> row) {
		Map<String, Object> lower = new java.util.LinkedHashMap<>();
		row.forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT), value));
		return lower.toString();
	}

	private String countyOf(String id) {
		return this.jdbc.queryForObject("select county_code from platform_activity where activity_id = ?", String.class,
				id);
	}

	private long positionsOf(String id) {
		return this.jdbc.queryForObject("select positions from platform_activity where activity_id = ?", Long.class,
				id);
	}

	private Map<String, Object> snapshot() {
		Map<String, Object> rows = new java.util.TreeMap<>();
		this.jdbc.query("select activity_id, positions, updated_at, mode, county_code from platform_activity", (rs) -> {
			rows.put(rs.getString(1),
					rs.getLong(2) + "|" + rs.getTimestamp(3) + "|" + rs.getString(4) + "|" + rs.getString(5));
		});
		return rows;
	}

	private static void writeText(Path file, String text) {
		try {
			java.nio.file.Files.writeString(file, text);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
