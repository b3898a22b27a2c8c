package org.chunfeng.demo.internal;

import java.util.ArrayList;
import java.util.List;

import org.chunfeng.region.City;

/**
 * What the sample cities write on their 阶段进展 sheets: launch ceremonies, plans, measures
 * and problems as a city office would put them, and the counts the notice asks for. The
 * same for a city every time.
 */
final class PhaseTexts {

	private static final String[] PLANS = { "活动期间计划举办线上招聘会%d场、线下招聘会%d场，春节前以“就业访民情”“访企问需”走访为主，节后集中开展“春风送岗”进村入户活动。",
			"按照“周周有招聘、送岗到身边”要求，制定了活动日程表，每周二、周五分别举办线上直播带岗和现场招聘会，计划线上%d场、线下%d场。",
			"分三个阶段推进：1月25日至2月9日走访摸排、宣传预热；2月18日至3月15日集中招聘，计划线上%d场、线下%d场；3月16日至4月8日跟踪服务、总结提升。" };

	private static final String[] MEASURES_BEFORE = {
			"在火车站、汽车站设立返乡服务站，登记返乡农民工就业意愿；向返乡人员发放慰问信和政策明白卡；对春节期间坚守岗位的农民工开展“送温暖”活动。",
			"组织乡镇（街道）就业服务站逐村摸排返乡人员就业意愿，建立台账；联合工会、妇联开展节日慰问；落实留岗补贴，鼓励重点企业春节期间稳岗留工。",
			"依托零工市场和就业驿站发布节前短期用工信息；对有意愿留岗的农民工协调企业发放留岗红包；开展呼吸道传染病防治宣传。" };

	private static final String[] MEASURES_AFTER = { "与长三角、珠三角用工地区对接，开行“点对点”返岗专车和专列；在县乡两级开展“春风送岗”现场招聘；对返岗农民工落实一次性交通补贴。",
			"组织劳务品牌专场对接，协调企业驻点招聘；为集中返岗人员提供包车服务，车站设立返岗服务专区，现场登记、现场签约。",
			"线上开展直播带岗，线下在广场车站、商超集市设立招聘站点；对脱贫人口和监测对象优先推荐岗位，落实稳岗返还和吸纳就业补贴。" };

	private static final String[] PROBLEMS = { "部分县区招聘会场地紧张，企业用工需求与返乡人员技能匹配度不高。建议省级统筹组织更多跨区域劳务协作对接活动。",
			"山区县交通不便，返乡人员参加现场招聘会积极性不高；线上平台操作对大龄农民工不够友好。建议简化平台报名流程。", "就业补助资金压力较大，包车专列补贴标准不统一。建议省级明确交通补贴标准并给予资金支持。" };

	private static final String[] SUMMARIES = { "活动期间坚持线上线下联动，“春风送岗”进村入户，县乡两级招聘活动实现周周有招聘；与用工集中地区建立稳定劳务协作关系，“点对点”输送有序。",
			"以劳务品牌为抓手，组织专场对接和驻点招聘，返乡创业园和孵化基地向返乡人员开放；就业补贴直补快办，实现“免申即享”。",
			"建立“就业访民情”“访企问需”台账，岗位信息精准推送；包车专列与企业用工需求对接，返岗人员“出家门、上车门、进厂门”。" };

	private PhaseTexts() {
	}

	/**
	 * 春节前阶段性活动进展: 启动仪式, 活动计划, 返乡/留岗人数, 主要措施, 困难问题.
	 * @param blank leave 留岗人数 blank
	 */
	static List<Object> phase1(int index, City city, boolean blank) {
		String county = city.counties().get(index % city.counties().size()).name();
		List<Object> items = new ArrayList<>();
		items.add("启动仪式情况");
		items.add("1月" + (25 + index % 4) + "日在" + county + "举办" + city.name() + "2024年春风行动启动仪式暨首场现场招聘会，"
				+ (30 + 7 * index) + "家企业提供岗位" + (1200 + 130 * index) + "个，现场达成就业意向" + (180 + 23 * index) + "人。");
		items.add("活动计划安排");
		items.add(String.format(PLANS[index % PLANS.length], 20 + 3 * index, 30 + 4 * index));
		items.add("返乡人数");
		items.add(18_000 + 7_350 * index);
		items.add("留岗人数");
		items.add(blank ? null : 2_100 + 640 * index);
		items.add("主要措施");
		items.add(MEASURES_BEFORE[index % MEASURES_BEFORE.length]);
		items.add("困难问题和意见建议");
		items.add(PROBLEMS[index % PROBLEMS.length]);
		return items;
	}

	/**
	 * 第二次阶段性活动进展: 返岗/外出人数, 主要措施, 困难问题.
	 * @param blank leave 外出务工人数 blank
	 */
	static List<Object> phase2(int index, City city, boolean blank) {
		List<Object> items = new ArrayList<>();
		items.add("返岗人数");
		items.add(12_500 + 5_120 * index);
		items.add("外出务工人数");
		items.add(blank ? null : 9_800 + 4_300 * index);
		items.add("主要措施");
		items.add(MEASURES_AFTER[index % MEASURES_AFTER.length]);
		items.add("困难问题和意见建议");
		items.add(PROBLEMS[(index + 1) % PROBLEMS.length]);
		return items;
	}

	/** 整体总结: the city's main measures over the campaign and what it still finds hard. */
	static List<Object> summary(int index, City city) {
		List<Object> items = new ArrayList<>();
		items.add("主要措施");
		items.add(SUMMARIES[index % SUMMARIES.length]);
		items.add("困难问题和意见建议");
		items.add(PROBLEMS[(index + 2) % PROBLEMS.length]);
		return items;
	}

}
