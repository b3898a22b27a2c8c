package org.chunfeng.region;

/** A county-level division (县、县级市、区) with its official six-digit code. */
public record County(String code, String name, String cityCode) {

	/** The name without its 区/县/市 suffix, as clerks often write it. */
	public String shortName() {
		return Divisions.withoutSuffix(this.name);
	}

}
