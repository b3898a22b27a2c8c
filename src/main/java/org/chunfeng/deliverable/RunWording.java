package org.chunfeng.deliverable;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a run is told to people: its steps in Chinese, its failure as one sentence, and
 * technical detail without the server's paths.
 */
public final class RunWording {

	private static final Map<String, String> STEPS = Map.of("ingestPlatformStep", "导入平台数据", "ingestCityReportsStep",
			"导入各市统计表", "reconcileStep", "核对", "compileStep", "编制报表", "deliverStep", "发送邮件");

	/** An absolute path (Unix, Windows or a file: URL): only its last part is kept. */
	private static final Pattern PATH = Pattern.compile(
			"(?:file:)?(?<![\\w.~-])(?:/(?:[^\\s/:'\"“”‘’，,；;（）()<>\\[\\]]+/)+|[A-Za-z]:\\\\(?:[^\\s\\\\:'\"“”，,；;（）()]+\\\\)+)");

	private RunWording() {
	}

	/** The step's Chinese name; its own name when unknown. */
	public static String step(String name) {
		return (name != null) ? STEPS.getOrDefault(name, name) : "";
	}

	/** One sentence for anyone: where the run failed and what to do. */
	public static String failure(String failedStep) {
		if (failedStep == null) {
			return "运行失败，请管理员查看日志，排除问题后重新运行。";
		}
		return "运行在“" + step(failedStep) + "”步骤失败，请管理员查看日志，排除问题后从失败的步骤重跑。";
	}

	/** Technical detail for admins: server paths reduced to file names. */
	public static String withoutPaths(String text) {
		return (text != null) ? PATH.matcher(text).replaceAll("") : null;
	}

	/**
	 * A step's note for people: a preview's skipped delivery said in Chinese, paths left
	 * out.
	 */
	public static String stepNote(String text) {
		return "--no-mail".equals(text) ? "未发送邮件（预览：不发邮件）" : withoutPaths(text);
	}

}
