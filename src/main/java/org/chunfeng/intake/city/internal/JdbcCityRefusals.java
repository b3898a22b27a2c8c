package org.chunfeng.intake.city.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.chunfeng.intake.city.CityRefusal;
import org.chunfeng.intake.city.CityRefusals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The city_refusal table: refused files per city, and the notice that told the city. */
@Repository
class JdbcCityRefusals implements CityRefusals {

	private static final String COLUMNS = "id, city_code, city_name, file_name, reporting_date, received_at, reasons";

	private final JdbcClient jdbc;

	JdbcCityRefusals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<CityRefusal> upTo(LocalDate date) {
		return this.jdbc.sql("select " + COLUMNS + " from city_refusal where reporting_date <= ? order by id")
			.param(date)
			.query(JdbcCityRefusals::refusal)
			.list();
	}

	@Override
	public List<CityRefusal> unnoticed() {
		return this.jdbc.sql("select " + COLUMNS + " from city_refusal where notice_key is null order by id")
			.query(JdbcCityRefusals::refusal)
			.list();
	}

	@Override
	public void markNoticed(Collection<Long> refusalIds, String noticeKey, Instant at) {
		for (Long id : refusalIds) {
			this.jdbc.sql("update city_refusal set notice_key = ?, noticed_at = ? where id = ? and notice_key is null")
				.params(noticeKey, JdbcCitySubmissions.utc(at), id)
				.update();
		}
	}

	@Override
	public List<CityRefusal> noticedBy(String noticeKey) {
		return this.jdbc.sql("select " + COLUMNS + " from city_refusal where notice_key = ? order by id")
			.param(noticeKey)
			.query(JdbcCityRefusals::refusal)
			.list();
	}

	private static CityRefusal refusal(ResultSet rs, int row) throws SQLException {
		return new CityRefusal(rs.getLong("id"), rs.getString("city_code"), rs.getString("city_name"),
				rs.getString("file_name"), rs.getObject("reporting_date", LocalDate.class),
				JdbcCitySubmissions.instant(rs, "received_at"), JdbcCitySubmissions.lines(rs.getString("reasons")));
	}

}
