package org.chunfeng.region;

import java.util.List;

/** A prefecture-level city (地级市) with its counties in reference order. */
public record City(String code, String name, List<County> counties) {

	public City {
		counties = List.copyOf(counties);
	}

	/** The name without 市, as in "太原". */
	public String shortName() {
		return this.name.endsWith("市") ? this.name.substring(0, this.name.length() - 1) : this.name;
	}

}
