package org.chunfeng.audit;

/** Who started a run, as people read it. */
public final class Actors {

	/** The command line's runs ({@code run}). */
	public static final String COMMAND_LINE = "命令行";

	/** The scheduler's firings. */
	public static final String SCHEDULER = "定时任务";

	private Actors() {
	}

	/** 命令行, 定时任务, or the user's name, for a run's {@code requestedBy}. */
	public static String of(String requestedBy) {
		if (requestedBy == null || requestedBy.isBlank() || requestedBy.equals("?")) {
			return "未知";
		}
		return switch (requestedBy) {
			case "cli" -> COMMAND_LINE;
			case "demo" -> COMMAND_LINE + "（演示）";
			case "scheduler" -> SCHEDULER;
			case "recovery" -> "崩溃恢复";
			default -> requestedBy;
		};
	}

}
