package org.chunfeng.deliverable;

import org.chunfeng.DatabaseCleaner;
import org.chunfeng.ReportsCleaner;
import org.chunfeng.Workspace;
import org.chunfeng.delivery.MailTestSupport;
import org.chunfeng.intake.city.CityReportIntake;
import org.chunfeng.intake.platform.PlatformIntake;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole pipeline with a real SMTP server: what a test of runs needs to take inputs in
 * and run a deliverable, starting from an empty database and no reports.
 */
public abstract class PipelineTestSupport extends MailTestSupport {

	@Autowired
	protected DeliverableRuns runs;

	@Autowired
	protected CityReportIntake cityIntake;

	@Autowired
	protected PlatformIntake platformIntake;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected Workspace workspace;

	@BeforeEach
	void emptyDatabaseAndReports() {
		DatabaseCleaner.clean(this.jdbc);
		ReportsCleaner.clean(this.workspace);
	}

}
