package org.chunfeng.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the jar was built as. */
class Version implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = Version.class.getPackage().getImplementationVersion();
		return new String[] { "chunfeng " + ((version != null) ? version : "（开发版本）"),
				"Java " + System.getProperty("java.version") };
	}

}
