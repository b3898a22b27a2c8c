package org.chunfeng.logging.internal;

import java.util.Map;

import org.chunfeng.logging.LogContext;
import org.slf4j.MDC;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;

/**
 * Work handed to the application's task executor (a run started from the console) logs
 * with the logging context of the code that handed it over: the request and its user.
 */
@Configuration(proxyBeanMethods = false)
class LogContextPropagation {

	@Bean
	TaskDecorator logContextToTasks() {
		return (task) -> {
			Map<String, String> context = MDC.getCopyOfContextMap();
			if (context == null || context.isEmpty()) {
				return task;
			}
			return () -> {
				try (LogContext.Scope scope = LogContext.open()) {
					MDC.setContextMap(context);
					task.run();
				}
			};
		};
	}

}
