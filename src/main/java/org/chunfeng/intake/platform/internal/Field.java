package org.chunfeng.intake.platform.internal;

/** The canonical fields of a platform export row, with SPEC §3.2's default headers. */
enum Field {

	ACTIVITY_ID("活动编号"), NAME("活动名称"), MODE("活动形式"), COUNTY_CODE("区划代码"), CITY_NAME("所属地市"), COUNTY_NAME("所属县区"),
	START_DATE("开始日期"), END_DATE("结束日期"), EMPLOYERS("参会单位数"), POSITIONS("提供岗位数"), INTENTS("达成就业意向人数"),
	CAMPAIGN("专项活动名称"), STATUS("活动状态"), UPDATED_AT("更新时间");

	private final String defaultHeader;

	Field(String defaultHeader) {
		this.defaultHeader = defaultHeader;
	}

	String defaultHeader() {
		return this.defaultHeader;
	}

	boolean isDate() {
		return this == START_DATE || this == END_DATE || this == UPDATED_AT;
	}

}
