package org.chunfeng.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad usage said in one Chinese line: picocli's own English messages translated, ours
 * (thrown by the commands) passed on as they are.
 */
final class UsageErrors {

	static final String HINT = "用 --help 查看用法";

	private static final Pattern MISSING_VALUE = Pattern.compile("Missing required parameter for option '([^']+)'.*");

	private static final Pattern EXPECTED_VALUE = Pattern
		.compile("Expected parameter for option '([^']+)' but found '([^']*)'");

	private static final Pattern INVALID_OPTION = Pattern.compile("Invalid value for option '([^']+)': (.*)",
			Pattern.DOTALL);

	private static final Pattern INVALID_POSITIONAL = Pattern
		.compile("Invalid value for positional parameter at index \\d+ \\(([^)]+)\\): (.*)", Pattern.DOTALL);

	private static final Pattern NOT_A = Pattern.compile("'(.*)' is not an? (\\w+)");

	private UsageErrors() {
	}

	/** The line printed for bad usage: the command, what is wrong, and the hint. */
	static String line(ParameterException ex) {
		String path = path(ex.getCommandLine().getCommandSpec());
		String sentence = sentence(ex).strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("[。；;.]+$", "");
		return "错误: " + (path.isEmpty() ? "" : path + ": ") + sentence + "。" + HINT;
	}

	/** What is wrong, in Chinese. */
	static String sentence(ParameterException ex) {
		String message = String.valueOf(ex.getMessage());
		if (ex instanceof MissingParameterException missing) {
			return missing(missing, message);
		}
		if (ex instanceof UnmatchedArgumentException unmatched) {
			return unmatched(unmatched);
		}
		if (ex instanceof MutuallyExclusiveArgsException) {
			return message.replaceFirst("^Error: (.*) are mutually exclusive.*$", "$1 只能选一个").replace(", ", " 和 ");
		}
		if (ex instanceof OverwrittenOptionException) {
			return message.replaceFirst("^option '([^']+)'.* should be specified only once$", "选项 $1 只能给一次");
		}
		Matcher option = INVALID_OPTION.matcher(message);
		if (option.matches()) {
			return "选项 " + option.group(1) + " 的值有误：" + value(option.group(2));
		}
		Matcher positional = INVALID_POSITIONAL.matcher(message);
		if (positional.matches()) {
			return "参数 " + positional.group(1) + " 的值有误：" + value(positional.group(2));
		}
		return message;
	}

	/** For a command that needs a subcommand (the root, {@code import}). */
	static String missingCommand(CommandSpec spec) {
		return "缺少命令，可用的命令: " + String.join("、", spec.subcommands().keySet());
	}

	private static String missing(MissingParameterException ex, String message) {
		Matcher value = MISSING_VALUE.matcher(message);
		if (value.matches()) {
			return "选项 " + value.group(1) + " 后面缺少取值";
		}
		Matcher expected = EXPECTED_VALUE.matcher(message);
		if (expected.matches()) {
			return "选项 " + expected.group(1) + " 后面缺少取值（下一个是 " + expected.group(2) + "）";
		}
		List<String> options = new ArrayList<>();
		List<String> parameters = new ArrayList<>();
		for (ArgSpec arg : (ex.getMissing() != null) ? ex.getMissing() : List.<ArgSpec>of()) {
			if (arg instanceof OptionSpec spec) {
				options.add(spec.longestName() + " " + spec.paramLabel());
			}
			else {
				String description = (arg.description().length > 0) ? "（" + arg.description()[0] + "）" : "";
				parameters.add(arg.paramLabel() + description);
			}
		}
		List<String> parts = new ArrayList<>();
		if (!options.isEmpty()) {
			parts.add("缺少必填选项 " + String.join("、", options));
		}
		if (!parameters.isEmpty()) {
			parts.add("缺少参数 " + String.join("、", parameters));
		}
		return parts.isEmpty() ? "缺少参数" : String.join("，", parts);
	}

	private static String unmatched(UnmatchedArgumentException ex) {
		List<String> unmatched = ex.getUnmatched();
		String first = unmatched.isEmpty() ? "" : unmatched.get(0);
		// picocli's suggestions, only those close to what was typed (a typo, not a guess)
		List<String> suggestions = ex.getSuggestions()
			.stream()
			.filter((suggestion) -> distance(first, suggestion) <= Math.max(2, first.length() / 3))
			.toList();
		String maybe = suggestions.isEmpty() ? "" : "，是不是 " + String.join(" 或 ", suggestions) + "？";
		if (ex.isUnknownOption()) {
			return "未知选项 " + first + maybe;
		}
		CommandSpec spec = ex.getCommandLine().getCommandSpec();
		if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
			return "未知命令 " + first + maybe + "（可用的命令: " + String.join("、", spec.subcommands().keySet()) + "）";
		}
		return "多余的参数 " + String.join(" ", unmatched) + maybe;
	}

	/** Levenshtein distance: how many letters to change, add or drop. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/** A converter's message as it is; picocli's own ("'x' is not an int") translated. */
	private static String value(String text) {
		Matcher notA = NOT_A.matcher(text);
		if (notA.matches()) {
			String kind = switch (notA.group(2)) {
				case "int", "long", "short", "byte" -> "整数";
				case "boolean" -> "true 或 false";
				case "float", "double" -> "数字";
				default -> notA.group(2);
			};
			return notA.group(1) + " 不是" + kind;
		}
		return text.replaceFirst("^cannot convert '([^']*)' to .*$", "$1 无法识别");
	}

	/** {@code run}, {@code import city-reports}; empty for the root command. */
	static String path(CommandSpec spec) {
		List<String> names = new ArrayList<>();
		for (CommandSpec current = spec; current.parent() != null; current = current.parent()) {
			names.add(0, current.name());
		}
		return String.join(" ", names);
	}

	/** The exit code picocli uses for bad usage (2). */
	static int exitCode(CommandLine commandLine) {
		return commandLine.getCommandSpec().exitCodeOnInvalidInput();
	}

}
