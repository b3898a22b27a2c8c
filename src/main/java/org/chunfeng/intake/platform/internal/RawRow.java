package org.chunfeng.intake.platform.internal;

/** A data row of an export: its line number and its values by {@link Field} ordinal. */
record RawRow(long line, String[] values) {

	String get(Field field) {
		return this.values[field.ordinal()];
	}

}
