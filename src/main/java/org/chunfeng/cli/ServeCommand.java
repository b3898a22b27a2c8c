package org.chunfeng.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code serve [--port P]}: the scheduler, the admin console and the JSON API on one
 * port. {@code ChunfengApplication.main} starts the web server and the scheduler for this
 * command and keeps running after it returns; SIGTERM shuts down gracefully.
 */
@Component
@Command(name = "serve", description = "启动定时任务、管理控制台和 JSON API (scheduler, admin console and API on one port)",
		mixinStandardHelpOptions = true)
class ServeCommand implements Subcommand {

	private final Environment environment;

	@Spec
	CommandSpec spec;

	/** Read by {@code main} before Spring starts; declared here for parsing and help. */
	@Option(names = "--port", paramLabel = "P", description = "HTTP 端口 (default: server.port or 8080)")
	Integer port;

	ServeCommand(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Integer call() {
		String actual = this.environment.getProperty("local.server.port");
		if (actual == null) {
			this.spec.commandLine()
				.getErr()
				.println("错误: serve 须作为第一个命令启动 (serve must be the command given to the jar)");
			return ExitCodes.USAGE;
		}
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("chunfeng 管理控制台: http://localhost:%s/  (API: /api/..., 健康检查: /actuator/health)%n", actual);
		out.flush();
		return ExitCodes.OK;
	}

}
