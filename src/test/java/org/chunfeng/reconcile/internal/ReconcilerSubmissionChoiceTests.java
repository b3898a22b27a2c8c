package org.chunfeng.reconcile.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.CitySubmissions;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.intake.platform.PlatformCityCounts;
import org.chunfeng.intake.platform.PlatformRejection;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationFixtures;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which submission of a city a reconciliation uses, and the platform date asked for. */
class ReconcilerSubmissionChoiceTests {

	private final Divisions divisions = ReconciliationFixtures.shanxi();

	private final City taiyuan = this.divisions.cities().get(0);

	private final CampaignCalendar campaign = ReconciliationFixtures.campaign2024();

	private final FakeSubmissions submissions = new FakeSubmissions();

	private final FakePlatform platform = new FakePlatform();

	private final ReconcilerImpl reconciler = new ReconcilerImpl(null, null, this.divisions, new FixedCampaigns(),
			new ReconcileProperties(ReconcileProperties.Tolerance.EXACT), null);

	@Test
	void onAWeeklyDueDateOnlyThatDatesSubmissionCounts() {
		this.submissions.add(ReconciliationFixtures.submission(this.taiyuan, LocalDate.of(2024, 2, 22))
			.figures(Metric.ONLINE_FAIRS, 5)
			.build());

		Reconciliation result = this.reconciler.reconcile(LocalDate.of(2024, 2, 29), this.submissions, this.platform);

		assertThat(result.city("1401").map(CityReconciliation::submitted)).contains(false);
		assertThat(this.platform.askedFor).containsExactly(LocalDate.of(2024, 2, 29));
	}

	@Test
	void onAWeeklyDueDateTheSubmissionForThatDateIsUsed() {
		this.submissions.add(ReconciliationFixtures.submission(this.taiyuan, LocalDate.of(2024, 2, 29))
			.id(7)
			.figures(Metric.ONLINE_FAIRS, 5)
			.build());

		Reconciliation result = this.reconciler.reconcile(LocalDate.of(2024, 2, 29), this.submissions, this.platform);

		assertThat(result.cities()).hasSize(11);
		assertThat(result.cities().get(0).submission().map(CitySubmission::id)).contains(7L);
		assertThat(result.cities().subList(1, 11)).noneMatch(CityReconciliation::submitted);
	}

	@Test
	void onOtherDatesTheLatestSubmissionOnOrBeforeIsUsed() {
		this.submissions.add(ReconciliationFixtures.submission(this.taiyuan, LocalDate.of(2024, 1, 31)).id(3).build());
		this.submissions.add(ReconciliationFixtures.submission(this.taiyuan, LocalDate.of(2024, 2, 3)).id(4).build());

		Reconciliation result = this.reconciler.reconcile(LocalDate.of(2024, 2, 1), this.submissions, this.platform);

		assertThat(result.asOf()).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(result.cities().get(0).submission().map(CitySubmission::id)).contains(3L);
	}

	@Test
	void citiesAreInReferenceOrder() {
		Reconciliation result = this.reconciler.reconcile(LocalDate.of(2024, 2, 29), this.submissions, this.platform);

		assertThat(result.cities()).extracting((city) -> city.city().shortName())
			.containsExactly("太原", "大同", "阳泉", "长治", "晋城", "朔州", "晋中", "运城", "忻州", "临汾", "吕梁");
	}

	private final class FixedCampaigns implements Campaigns {

		@Override
		public CampaignCalendar current() {
			return ReconcilerSubmissionChoiceTests.this.campaign;
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

	static final class FakeSubmissions implements CitySubmissions {

		private final List<CitySubmission> all = new ArrayList<>();

		void add(CitySubmission submission) {
			this.all.add(0, submission);
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
				.max((a, b) -> a.reportingDate().compareTo(b.reportingDate()));
		}

		@Override
		public List<CityImportResult> recentImports(int limit) {
			return List.of();
		}

	}

	static final class FakePlatform implements PlatformActivities {

		final List<LocalDate> askedFor = new ArrayList<>();

		@Override
		public Map<String, PlatformCityCounts> countAsOf(LocalDate asOf, CampaignCalendar campaign) {
			this.askedFor.add(asOf);
			return new HashMap<>();
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

}
