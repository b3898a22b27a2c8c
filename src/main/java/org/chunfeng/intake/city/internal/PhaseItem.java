package org.chunfeng.intake.city.internal;

/** The labels of the 阶段进展 sheet, in the template's order. */
enum PhaseItem {

	LAUNCH_CEREMONY("启动仪式情况", false), ACTIVITY_PLAN("活动计划安排", false), RETURNED_HOME("返乡人数", true),
	STAYED_AT_POST("留岗人数", true), RETURNED_TO_POST("返岗人数", true), MIGRANT_WORKERS("外出务工人数", true),
	MEASURES("主要措施", false), PROBLEMS("困难问题和意见建议", false);

	private final String label;

	private final boolean count;

	PhaseItem(String label, boolean count) {
		this.label = label;
		this.count = count;
	}

	String label() {
		return this.label;
	}

	boolean count() {
		return this.count;
	}

	/** The item a label cell names; 困难问题 alone is enough for the last one. */
	static PhaseItem labelled(String key) {
		if (key.isEmpty() || key.length() > 20) {
			return null;
		}
		for (PhaseItem item : values()) {
			if (key.contains(item.label) || (item == PROBLEMS && key.contains("困难问题"))) {
				return item;
			}
		}
		return null;
	}

}
