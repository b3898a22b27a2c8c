package org.chunfeng;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The application starts on the test database with every migration applied. */
@SpringBootTest
class ApplicationStartTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void createsSpringBatchAndQuartzTables() {
		assertThat(this.jdbc.queryForObject("select count(*) from batch_job_instance", Integer.class)).isNotNull();
		assertThat(this.jdbc.queryForObject("select count(*) from qrtz_locks", Integer.class)).isNotNull();
	}

}
