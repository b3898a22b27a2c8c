package org.chunfeng.reconcile.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CityRefusal;
import org.chunfeng.intake.city.CityRefusals;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.CitySubmissions;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.intake.platform.PlatformCityCounts;
import org.chunfeng.intake.platform.PlatformImports;
import org.chunfeng.intake.platform.PlatformRejection;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.MetricCheck;
import org.chunfeng.reconcile.MetricStatus;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationFixtures;
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The as-of rules of SPEC §4.1: which figures a city shows, its status for the period and
 * for every weekly due date, the platform date each is compared with, and the platform
 * data's freshness.
 */
class ReconcilerAsOfTests {

	private static final LocalDate FEB_22 = LocalDate.of(2024, 2, 22);

	private static final LocalDate FEB_29 = LocalDate.of(2024, 2, 29);

	private static final LocalDate MAR_07 = LocalDate.of(2024, 3, 7);

	private final Divisions divisions = ReconciliationFixtures.shanxi();

	private final City taiyuan = this.divisions.cities().get(0);

	private final City datong = this.divisions.cities().get(1);

	private final CampaignCalendar campaign = ReconciliationFixtures.campaign2024();

	private final FakeSubmissions submissions = new FakeSubmissions();

	private final FakeRefusals refusals = new FakeRefusals();

	private final FakePlatform platform = new FakePlatform();

	private final FakeImports imports = new FakeImports();

	@Test
	void aCitysFiguresAreItsLatestSubmissionOnOrBeforeTheAsOfDateComparedAtTheirOwnDate() {
		this.submissions
			.add(ReconciliationFixtures.submission(this.taiyuan, FEB_22).id(1).figures(Metric.ONLINE_FAIRS, 5).build());
		this.submissions
			.add(ReconciliationFixtures.submission(this.taiyuan, FEB_29).id(2).figures(Metric.ONLINE_FAIRS, 9).build());
		this.submissions
			.add(ReconciliationFixtures.submission(this.datong, FEB_22).id(3).figures(Metric.ONLINE_FAIRS, 4).build());
		this.platform.counts(FEB_29, this.taiyuan, 9);
		this.platform.counts(FEB_22, this.datong, 4);
		this.platform.counts(MAR_07, this.datong, 7);
		this.imports.importedAt(Instant.parse("2024-03-07T08:00:00Z"));

		Reconciliation result = reconciler().reconcile(MAR_07, MAR_07, sources());

		CityReconciliation taiyuan = result.city("1401").orElseThrow();
		CityReconciliation datong = result.city("1402").orElseThrow();
		assertThat(result.period()).isEqualTo(MAR_07);
		assertThat(taiyuan.status()).isEqualTo(SubmissionStatus.CARRIED_FORWARD);
		assertThat(taiyuan.figuresAsOf()).contains(FEB_29);
		assertThat(taiyuan.metric(Metric.ONLINE_FAIRS)).isEqualTo(new MetricCheck(Metric.ONLINE_FAIRS,
				new java.math.BigDecimal("9"), 9, java.math.BigDecimal.ZERO, MetricStatus.MATCH));
		assertThat(datong.figuresAsOf()).contains(FEB_22);
		assertThat(datong.metric(Metric.ONLINE_FAIRS).platform()).isEqualTo(4);
		assertThat(datong.metric(Metric.ONLINE_FAIRS).status()).isEqualTo(MetricStatus.MATCH);
		assertThat(result.city("1403").orElseThrow().status()).isEqualTo(SubmissionStatus.NOT_SUBMITTED);
		assertThat(result.city("1403").orElseThrow().metric(Metric.ONLINE_FAIRS).platform()).isZero();
		// once per distinct date: the period, then the dates figures are of
		assertThat(this.platform.askedFor).containsExactlyInAnyOrder(MAR_07, FEB_29, FEB_22);
		assertThat(result.totals().get(Metric.ONLINE_FAIRS)).isEqualByComparingTo("13");
		assertThat(result.previousDate()).contains(FEB_29);
		assertThat(taiyuan.previous().map(CitySubmission::id)).contains(2L);
	}

	@Test
	void everyCityHasAStatusForEveryWeeklyDueDateSoFar() {
		this.submissions.add(ReconciliationFixtures.submission(this.taiyuan, FEB_22).build());
		this.submissions.add(ReconciliationFixtures.submission(this.taiyuan, FEB_29).late().build());
		this.refusals.add(refusal(this.datong, FEB_29));
		this.imports.importedAt(Instant.parse("2024-03-07T08:00:00Z"));

		Reconciliation result = reconciler().reconcile(MAR_07, MAR_07, sources());

		assertThat(result.dueDates()).containsExactly(FEB_22, FEB_29, MAR_07);
		assertThat(result.city("1401").orElseThrow().completeness().values()).containsExactly(SubmissionStatus.ON_TIME,
				SubmissionStatus.LATE, SubmissionStatus.CARRIED_FORWARD);
		assertThat(result.city("1402").orElseThrow().completeness().values())
			.containsExactly(SubmissionStatus.NOT_SUBMITTED, SubmissionStatus.REFUSED, SubmissionStatus.NOT_SUBMITTED);
		assertThat(result.city("1402").orElseThrow().status()).isEqualTo(SubmissionStatus.NOT_SUBMITTED);
		assertThat(result.city("1402").orElseThrow().refusals()).isEmpty();
	}

	@Test
	void aRefusedCityShowsItsEarlierFiguresAndTheRefusal() {
		this.submissions
			.add(ReconciliationFixtures.submission(this.datong, FEB_22).figures(Metric.ONLINE_FAIRS, 4).build());
		this.refusals.add(refusal(this.datong, FEB_29));
		this.imports.importedAt(Instant.parse("2024-03-01T08:00:00Z"));

		Reconciliation result = reconciler().reconcile(FEB_29, FEB_29, sources());

		CityReconciliation datong = result.city("1402").orElseThrow();
		assertThat(datong.status()).isEqualTo(SubmissionStatus.REFUSED);
		assertThat(datong.figuresAsOf()).contains(FEB_22);
		assertThat(datong.refusals()).extracting(CityRefusal::fileName).containsExactly("大同.xlsx");
		assertThat(result.carriedForward()).containsExactly(datong);
	}

	@Test
	void theWeeklyPeriodIsTheLatestDueDateOnOrBeforeTheAsOfDate() {
		ReconcilerImpl reconciler = reconciler();

		assertThat(reconciler.weeklyPeriod(LocalDate.of(2024, 3, 10))).isEqualTo(MAR_07);
		assertThat(reconciler.weeklyPeriod(LocalDate.of(2024, 4, 8))).isEqualTo(LocalDate.of(2024, 4, 3));
		assertThat(reconciler.weeklyPeriod(LocalDate.of(2024, 2, 1))).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> reconciler.reconcile(FEB_22, FEB_29, sources()));
	}

	@Test
	void withoutAnyPlatformImportThePlatformIsStale() {
		this.platform.counts(FEB_29, this.taiyuan, 9);

		Reconciliation result = reconciler().reconcile(FEB_29, FEB_29, sources());

		assertThat(result.platform().fresh()).isFalse();
		assertThat(result.platform().reason()).isEqualTo("尚未导入平台导出数据");
	}

	@Test
	void anImportBeforeThePreviousDueTimeIsStaleAndOneAfterItIsFresh() {
		this.platform.counts(FEB_29, this.taiyuan, 9);
		// 2024-02-22 18:00 in Shanghai is 10:00 UTC
		this.imports.importedAt(Instant.parse("2024-02-22T09:59:00Z"));
		Reconciliation before = reconciler().reconcile(FEB_29, FEB_29, sources());
		this.imports.importedAt(Instant.parse("2024-02-22T10:01:00Z"));
		Reconciliation after = reconciler().reconcile(FEB_29, FEB_29, sources());

		assertThat(before.platform().fresh()).isFalse();
		assertThat(before.platform().reason()).isEqualTo("最近一次平台数据导入于2024-02-22 17:59，早于上一报送日2月22日18时，本期没有新的平台数据");
		assertThat(after.platform().fresh()).isTrue();
		assertThat(after.platform().counted()).isEqualTo(9);
	}

	@Test
	void theFirstPeriodTakesAnyImportAndAnyImportCanBeConfigured() {
		this.platform.counts(FEB_22, this.taiyuan, 2);
		this.platform.counts(FEB_29, this.taiyuan, 9);
		this.imports.importedAt(Instant.parse("2024-01-30T00:00:00Z"));

		assertThat(reconciler().reconcile(FEB_22, FEB_22, sources()).platform().fresh()).isTrue();
		assertThat(reconciler().reconcile(FEB_29, FEB_29, sources()).platform().fresh()).isFalse();
		ReconcileProperties anyImport = new ReconcileProperties(ReconcileProperties.Tolerance.EXACT,
				new ReconcileProperties.Freshness(ReconcileProperties.ImportedAfter.ANY_IMPORT, true,
						java.time.Duration.ofDays(7)));
		assertThat(reconciler(anyImport).reconcile(FEB_29, FEB_29, sources()).platform().fresh()).isTrue();
	}

	@Test
	void platformDataWithoutCountedActivitiesIsStaleAndNothingIsCompared() {
		this.submissions
			.add(ReconciliationFixtures.submission(this.taiyuan, FEB_29).figures(Metric.ONLINE_FAIRS, 38).build());
		this.imports.importedAt(Instant.parse("2024-03-01T00:00:00Z"));

		Reconciliation result = reconciler().reconcile(FEB_29, FEB_29, sources());

		assertThat(result.platform().fresh()).isFalse();
		assertThat(result.platform().reason()).isEqualTo("平台数据中没有截至2024年2月29日开展的春风行动活动");
		assertThat(result.city("1401").orElseThrow().metrics()).extracting(MetricCheck::status)
			.containsOnly(MetricStatus.PLATFORM_STALE);
		assertThat(result.withDiscrepancies()).isEmpty();
		assertThat(result.allAgree()).isFalse();
	}

	@Test
	void aFileOfADateAfterThePeriodsDueDateIsLateForThePeriodAndItsColumnSaysTheSame() {
		LocalDate mar28 = LocalDate.of(2024, 3, 28);
		LocalDate apr03 = LocalDate.of(2024, 4, 3);
		LocalDate apr08 = LocalDate.of(2024, 4, 8);
		this.submissions.add(ReconciliationFixtures.submission(this.taiyuan, FEB_29).id(1).build());
		// sent on 8 April, five days after the last weekly due date (3 April, 18:00)
		this.submissions.add(ReconciliationFixtures.submission(this.taiyuan, apr08).id(2).build());
		this.submissions.add(ReconciliationFixtures.submission(this.datong, FEB_29).id(3).build());
		this.refusals.add(refusal(this.datong, apr08));
		this.platform.counts(apr03, this.taiyuan, 9);
		this.imports.importedAt(Instant.parse("2024-04-08T12:00:00Z"));
		this.imports.newestUpdate(LocalDateTime.of(2024, 4, 8, 9, 0));

		Reconciliation result = reconciler().reconcile(apr08, apr03, sources());

		CityReconciliation taiyuan = result.city("1401").orElseThrow();
		assertThat(taiyuan.status()).isEqualTo(SubmissionStatus.LATE);
		assertThat(taiyuan.figuresAsOf()).contains(apr08);
		assertThat(taiyuan.completeness()).containsEntry(mar28, SubmissionStatus.CARRIED_FORWARD)
			.containsEntry(apr03, SubmissionStatus.LATE);
		// 大同's file of 8 April was refused: refused for the period, in its column too
		CityReconciliation datong = result.city("1402").orElseThrow();
		assertThat(datong.status()).isEqualTo(SubmissionStatus.REFUSED);
		assertThat(datong.refusals()).extracting(CityRefusal::reportingDate).containsExactly(apr08);
		assertThat(datong.completeness()).containsEntry(apr03, SubmissionStatus.REFUSED);
		assertThat(org.chunfeng.reconcile.ReconciliationText.submissions(result))
			.startsWith("本期（2024年4月3日）报送情况：逾期报送1市（太原市），所报文件被退回1市（大同市），");
	}

	@Test
	void anExportWhoseNewestRecordIsMoreThanAWeekOlderThanThePeriodsDueTimeIsStale() {
		LocalDate apr03 = LocalDate.of(2024, 4, 3);
		LocalDate apr08 = LocalDate.of(2024, 4, 8);
		this.platform.counts(apr08, this.taiyuan, 9);
		this.imports.importedAt(Instant.parse("2024-04-09T01:00:00Z"));
		// the export's records stop on 25 March: it cannot vouch for 26 March to 8 April
		this.imports.newestUpdate(LocalDateTime.of(2024, 3, 25, 18, 59));

		Reconciliation stale = reconciler().reconcile(apr08, apr08, sources());
		this.imports.newestUpdate(LocalDateTime.of(2024, 4, 1, 18, 0));
		Reconciliation fresh = reconciler().reconcile(apr08, apr08, sources());
		this.imports.newestUpdate(LocalDateTime.of(2024, 3, 25, 18, 59));
		ReconcileProperties unchecked = new ReconcileProperties(ReconcileProperties.Tolerance.EXACT,
				new ReconcileProperties.Freshness(ReconcileProperties.ImportedAfter.PREVIOUS_DUE_TIME, true, null));
		Reconciliation notChecked = reconciler(unchecked).reconcile(apr08, apr08, sources());

		assertThat(stale.platform().fresh()).isFalse();
		assertThat(stale.platform().reason()).isEqualTo("平台数据只更新至3月25日，早于本期核对所需的4月1日");
		assertThat(stale.platform().newestUpdate()).isEqualTo(LocalDateTime.of(2024, 3, 25, 18, 59));
		assertThat(fresh.platform().fresh()).isTrue();
		assertThat(fresh.platform().reason()).isEqualTo("平台数据更新至4月1日（导入于2024-04-09 09:00）");
		assertThat(org.chunfeng.reconcile.ReconciliationText.platformUpdatedTo(fresh)).isEqualTo("平台数据更新至4月1日");
		assertThat(notChecked.platform().fresh()).isTrue();
		assertThat(notChecked.platform().reason()).isEqualTo("平台数据更新至3月25日（导入于2024-04-09 09:00）");
		// the period of 3 April needs records from 27 March on
		this.platform.counts(apr03, this.taiyuan, 9);
		assertThat(reconciler().reconcile(apr08, apr03, sources()).platform().reason())
			.isEqualTo("平台数据只更新至3月25日，早于本期核对所需的3月27日");
	}

	@Test
	void citiesAreInReferenceOrder() {
		Reconciliation result = reconciler().reconcile(FEB_29, FEB_29, sources());

		assertThat(result.cities()).extracting((city) -> city.city().shortName())
			.containsExactly("太原", "大同", "阳泉", "长治", "晋城", "朔州", "晋中", "运城", "忻州", "临汾", "吕梁");
	}

	private ReconcilerImpl reconciler() {
		return reconciler(
				new ReconcileProperties(ReconcileProperties.Tolerance.EXACT, new ReconcileProperties.Freshness(
						ReconcileProperties.ImportedAfter.PREVIOUS_DUE_TIME, true, java.time.Duration.ofDays(7))));
	}

	private ReconcilerImpl reconciler(ReconcileProperties properties) {
		return new ReconcilerImpl(null, null, null, null, this.divisions, new FixedCampaigns(), properties, null);
	}

	private ReconcilerImpl.Sources sources() {
		return new ReconcilerImpl.Sources(this.submissions, this.refusals, this.platform, this.imports);
	}

	private static CityRefusal refusal(City city, LocalDate date) {
		return new CityRefusal(7, city.code(), city.name(), city.shortName() + ".xlsx", date,
				date.atTime(11, 0).atZone(ReconciliationFixtures.SHANGHAI).toInstant(),
				List.of(city.shortName() + ".xlsx 统计表!C5: '十二场' 不是数字，线上招聘会提供就业岗位数量应填阿拉伯数字"));
	}

	private final class FixedCampaigns implements Campaigns {

		@Override
		public CampaignCalendar current() {
			return ReconcilerAsOfTests.this.campaign;
		}

		@Override
		public CampaignCalendar forYear(int year) {
			return current();
		}

		@Override
		public List<Integer> years() {
			return List.of(2024);
		}

	}

	/** Submissions in memory; a later one of a city and date replaces the earlier. */
	static final class FakeSubmissions implements CitySubmissions {

		private final List<CitySubmission> all = new ArrayList<>();

		void add(CitySubmission submission) {
			this.all.removeIf((other) -> other.cityCode().equals(submission.cityCode())
					&& other.reportingDate().equals(submission.reportingDate()));
			this.all.add(submission);
		}

		@Override
		public Optional<CitySubmission> current(String cityCode, LocalDate reportingDate) {
			return this.all.stream()
				.filter((sub) -> sub.cityCode().equals(cityCode) && sub.reportingDate().equals(reportingDate))
				.findFirst();
		}

		@Override
		public Optional<CitySubmission> latestOnOrBefore(String cityCode, LocalDate date) {
			return this.all.stream()
				.filter((sub) -> sub.cityCode().equals(cityCode) && !sub.reportingDate().isAfter(date))
				.max(Comparator.comparing(CitySubmission::reportingDate));
		}

		@Override
		public Optional<CitySubmission> byId(long id) {
			return this.all.stream().filter((sub) -> sub.id() == id).findFirst();
		}

		@Override
		public List<CitySubmission> currentUpTo(LocalDate date) {
			return this.all.stream().filter((sub) -> !sub.reportingDate().isAfter(date)).toList();
		}

		@Override
		public List<CityImportResult> recentImports(int limit) {
			return List.of();
		}

	}

	static final class FakeRefusals implements CityRefusals {

		private final List<CityRefusal> all = new ArrayList<>();

		void add(CityRefusal refusal) {
			this.all.add(refusal);
		}

		@Override
		public List<CityRefusal> upTo(LocalDate date) {
			return this.all.stream().filter((refusal) -> !refusal.reportingDate().isAfter(date)).toList();
		}

		@Override
		public List<CityRefusal> unnoticed() {
			return List.copyOf(this.all);
		}

		@Override
		public void markNoticed(Collection<Long> refusalIds, String noticeKey, Instant at) {
		}

		@Override
		public List<CityRefusal> noticedBy(String noticeKey) {
			return List.of();
		}

	}

	/** Online fairs per city and date; nothing else. */
	static final class FakePlatform implements PlatformActivities {

		final List<LocalDate> askedFor = new ArrayList<>();

		private final Map<LocalDate, Map<String, PlatformCityCounts>> counts = new HashMap<>();

		void counts(LocalDate date, City city, long onlineFairs) {
			this.counts.computeIfAbsent(date, (key) -> new HashMap<>())
				.put(city.code(), new PlatformCityCounts(city.code(), onlineFairs, 0, 0, 0, 0, Map.of()));
		}

		@Override
		public Map<String, PlatformCityCounts> countAsOf(LocalDate asOf, CampaignCalendar campaign) {
			this.askedFor.add(asOf);
			return this.counts.getOrDefault(asOf, Map.of());
		}

		@Override
		public long activityCount() {
			return 0;
		}

		@Override
		public long rejectedRowCount() {
			return 0;
		}

		@Override
		public List<PlatformRejection> recentRejections(int limit) {
			return List.of();
		}

	}

	static final class FakeImports implements PlatformImports {

		private Instant importedAt;

		private LocalDateTime newestUpdate = LocalDateTime.of(2024, 3, 6, 10, 0);

		void importedAt(Instant at) {
			this.importedAt = at;
		}

		void newestUpdate(LocalDateTime newest) {
			this.newestUpdate = newest;
		}

		@Override
		public Optional<LastImport> lastImport() {
			return Optional.ofNullable(this.importedAt)
				.map((at) -> new LastImport(at, "export.csv", this.newestUpdate));
		}

	}

}
