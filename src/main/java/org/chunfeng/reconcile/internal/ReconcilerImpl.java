package org.chunfeng.reconcile.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.CitySubmissions;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.intake.platform.PlatformCityCounts;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciler;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Picks each city's submission for the as-of date, asks the platform for its counts and
 * applies {@link ReconciliationRules}.
 */
@Component
class ReconcilerImpl implements Reconciler {

	private final ObjectProvider<CitySubmissions> submissions;

	private final ObjectProvider<PlatformActivities> platform;

	private final Divisions divisions;

	private final Campaigns campaigns;

	private final ReconciliationRules rules;

	private final ReconciliationStore store;

	// the intake modules provide the submissions and the platform counts; they are looked
	// up when a reconciliation runs, so that this module starts without them
	ReconcilerImpl(ObjectProvider<CitySubmissions> submissions, ObjectProvider<PlatformActivities> platform,
			Divisions divisions, Campaigns campaigns, ReconcileProperties properties, ReconciliationStore store) {
		this.submissions = submissions;
		this.platform = platform;
		this.divisions = divisions;
		this.campaigns = campaigns;
		this.rules = new ReconciliationRules(properties.tolerance());
		this.store = store;
	}

	@Override
	public Reconciliation reconcile(LocalDate asOf) {
		return reconcile(asOf, this.submissions.getObject(), this.platform.getObject());
	}

	Reconciliation reconcile(LocalDate asOf, CitySubmissions submissions, PlatformActivities platform) {
		CampaignCalendar campaign = this.campaigns.current();
		Map<String, PlatformCityCounts> counts = platform.countAsOf(asOf, campaign);
		List<CityReconciliation> cities = new ArrayList<>();
		for (City city : this.divisions.cities()) {
			cities.add(this.rules.reconcile(city, submissionFor(submissions, city, asOf, campaign),
					counts.get(city.code())));
		}
		return new Reconciliation(asOf, cities);
	}

	/**
	 * On a weekly due date, only a submission for that date counts; on any other date
	 * (phase reports, the final summary) the city's latest one on or before it.
	 */
	static Optional<CitySubmission> submissionFor(CitySubmissions submissions, City city, LocalDate asOf,
			CampaignCalendar campaign) {
		if (campaign.weeklyDueDates().contains(asOf)) {
			return submissions.current(city.code(), asOf);
		}
		return submissions.latestOnOrBefore(city.code(), asOf);
	}

	@Override
	public void store(long runId, Reconciliation reconciliation) {
		this.store.store(runId, reconciliation);
	}

}
