package org.chunfeng.admin.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Secure by default: {@code serve} listens on 127.0.0.1 unless told otherwise
 * ({@code --bind}, {@code server.address}), and refuses to start on any other address
 * while a user still has one of the demo's default passwords. Checked as the application
 * context starts, before the database is opened or the web server created.
 */
@ConditionalOnWebApplication
@Component
class ExposureCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	/** The passwords config/security.yml ships with (for the embedded demo). */
	static final List<String> DEFAULT_PASSWORDS = List.of("chunfeng-admin", "chunfeng-viewer");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		String address = this.environment.getProperty("server.address", "").strip();
		if (loopback(address)) {
			return;
		}
		ConsoleUsers users = Binder.get(this.environment)
			.bind("chunfeng.security", Bindable.of(ConsoleUsers.class))
			.orElse(new ConsoleUsers(List.of()));
		List<String> withDefault = usersWithDefaultPasswords(users, new BCryptPasswordEncoder());
		if (!withDefault.isEmpty()) {
			throw new IllegalStateException("拒绝在 " + (address.isEmpty() ? "所有地址" : address) + " 上监听：用户 "
					+ String.join("、", withDefault)
					+ " 仍在使用默认密码。请先设置新密码（CHUNFENG_ADMIN_PASSWORD_HASH、CHUNFENG_VIEWER_PASSWORD_HASH 或 ./config/security.yml），"
					+ "或者只在本机 127.0.0.1 上监听（去掉 --bind）");
		}
	}

	static List<String> usersWithDefaultPasswords(ConsoleUsers users, PasswordEncoder passwordEncoder) {
		return users.users()
			.stream()
			.filter((user) -> user.passwordHash() != null && user.passwordHash().startsWith("$2")
					&& DEFAULT_PASSWORDS.stream()
						.anyMatch((password) -> passwordEncoder.matches(password, user.passwordHash())))
			.map(ConsoleUsers.User::name)
			.toList();
	}

	/** 127.0.0.1, ::1, localhost; an empty address means every address. */
	static boolean loopback(String address) {
		if (address.isEmpty()) {
			return false;
		}
		try {
			for (InetAddress resolved : InetAddress.getAllByName(address)) {
				if (!resolved.isLoopbackAddress()) {
					return false;
				}
			}
			return true;
		}
		catch (UnknownHostException ex) {
			// the web server will say that it cannot listen there
			return true;
		}
	}

}
