package org.chunfeng.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code serve [--port P] [--bind ADDRESS]}: the scheduler, the admin console and the
 * JSON API on one port. {@link Main} starts the web server and the scheduler for this
 * command and keeps running after it returns; SIGTERM shuts down gracefully.
 */
@Component
@Command(name = "serve",
		description = { "启动定时任务、管理控制台和 JSON API（同一端口）。", "默认只在本机地址 127.0.0.1 上监听；在其他地址上监听时，不允许仍使用默认密码。" },
		mixinStandardHelpOptions = true)
class ServeCommand implements Subcommand {

	private final Environment environment;

	@Spec
	CommandSpec spec;

	/** Read before Spring starts ({@link #startupProperties()}). */
	@Option(names = "--port", paramLabel = "P", description = "HTTP 端口（默认：server.port 或 8080）")
	Integer port;

	/** Read before Spring starts ({@link #startupProperties()}). */
	@Option(names = "--bind", paramLabel = "ADDRESS", description = "监听地址（默认：server.address 或 127.0.0.1；0.0.0.0 为所有地址）")
	String bind;

	ServeCommand(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean serves() {
		return true;
	}

	@Override
	public Map<String, String> startupProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		if (this.port != null) {
			properties.put("server.port", String.valueOf(this.port));
		}
		if (this.bind != null) {
			properties.put("server.address", this.bind.strip());
		}
		return properties;
	}

	@Override
	public Integer call() {
		String actual = this.environment.getProperty("local.server.port");
		if (actual == null) {
			this.spec.commandLine().getErr().println("错误: serve 须作为第一个命令启动");
			return ExitCodes.USAGE;
		}
		String address = this.environment.getProperty("server.address", "");
		String host = (address.isBlank() || address.equals("0.0.0.0") || address.equals("::")) ? "localhost"
				: (address.contains(":") ? "[" + address + "]" : address);
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("chunfeng 管理控制台: http://%s:%s/  （监听 %s；API: /api/…，健康检查: /actuator/health）%n", host, actual,
				address.isBlank() ? "所有地址" : address);
		out.flush();
		return ExitCodes.OK;
	}

}
