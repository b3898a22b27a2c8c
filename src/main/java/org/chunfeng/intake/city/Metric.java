package org.chunfeng.intake.city;

import java.util.List;

/**
 * The numeric columns B–R of the statistics table (春风行动开展情况统计表), in the order of the
 * notice's attachment, with their keys (SPEC §3.1) and official headers.
 */
public enum Metric {

	ONLINE_FAIRS("online_fairs", "B", "线上招聘会场次", Group.RECRUITMENT, false),
	ONLINE_POSITIONS("online_positions", "C", "线上招聘会提供就业岗位数量", Group.RECRUITMENT, false),
	OFFLINE_FAIRS("offline_fairs", "D", "线下招聘会场次", Group.RECRUITMENT, false),
	OFFLINE_POSITIONS("offline_positions", "E", "线下招聘会提供就业岗位数量", Group.RECRUITMENT, false),
	AGREEMENTS("agreements", "F", "签订就业协议（意向）人次", Group.RECRUITMENT, false),
	TRANSPORT_TOTAL("transport_total", "G", "合计运送人次", Group.TRANSPORT, false),
	BUS_COUNT("bus_count", "H", "专车数量", Group.TRANSPORT, false),
	BUS_PASSENGERS("bus_passengers", "I", "专车运送人次", Group.TRANSPORT, false),
	TRAIN_COUNT("train_count", "J", "专列（含包车厢）数量", Group.TRANSPORT, false),
	TRAIN_PASSENGERS("train_passengers", "K", "专列（含包车厢）运送人次", Group.TRANSPORT, false),
	FLIGHT_COUNT("flight_count", "L", "包机架次", Group.TRANSPORT, false),
	FLIGHT_PASSENGERS("flight_passengers", "M", "包机运送人次", Group.TRANSPORT, false),
	PROJECTS_PROMOTED("projects_promoted", "N", "推介项目个数", Group.ENTREPRENEURSHIP, false),
	MENTOR_SESSIONS("mentor_sessions", "O", "组织创业导师指导人次", Group.ENTREPRENEURSHIP, false),
	VENUES_PROVIDED("venues_provided", "P", "提供创业场地资源个数", Group.ENTREPRENEURSHIP, false),
	RECRUITMENT_FUNDS_WAN("recruitment_funds_wan", "Q", "用于开展各类招聘活动使用资金数量（单位：万元）", Group.NONE, true),
	SUBSIDIES_WAN("subsidies_wan", "R", "发放各类就业补贴数量（用于稳就业的资金均可计入，不限于就业补助资金支出。单位：万元）", Group.NONE, true);

	/** Row 1 of the two-row header; NONE for A, Q and R, whose header spans both rows. */
	public enum Group {

		RECRUITMENT("招聘活动情况"), TRANSPORT("包车、专列（包车厢）、包机运送情况"), ENTREPRENEURSHIP("支持返乡创业情况"), NONE("");

		private final String header;

		Group(String header) {
			this.header = header;
		}

		public String header() {
			return this.header;
		}

	}

	/** Header of column A. */
	public static final String CITY_HEADER = "市级名称";

	/** Group header over S and T. */
	public static final String COUNTIES_GROUP = "各县（市、区）招聘活动情况";

	public static final String COUNTIES_ACTIVE_HEADER = "已开展的县（市、区）";

	public static final String COUNTIES_INACTIVE_HEADER = "未开展的县（市、区）";

	private final String key;

	private final String column;

	private final String header;

	private final Group group;

	private final boolean money;

	Metric(String key, String column, String header, Group group, boolean money) {
		this.key = key;
		this.column = column;
		this.header = header;
		this.group = group;
		this.money = money;
	}

	/** The key in JSON and configuration, e.g. {@code online_fairs}. */
	public String key() {
		return this.key;
	}

	/** The column letter in the official table. */
	public String column() {
		return this.column;
	}

	public String header() {
		return this.header;
	}

	public Group group() {
		return this.group;
	}

	/** Money in 万元 with up to 4 decimals; all others are whole counts. */
	public boolean money() {
		return this.money;
	}

	/** The five figures the platform also knows, reconciled against it. */
	public static List<Metric> reconciled() {
		return List.of(ONLINE_FAIRS, ONLINE_POSITIONS, OFFLINE_FAIRS, OFFLINE_POSITIONS, AGREEMENTS);
	}

}
