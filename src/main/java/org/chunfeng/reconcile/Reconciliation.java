package org.chunfeng.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every city of the province reconciled as of one date, in reference order. */
public record Reconciliation(LocalDate asOf, List<CityReconciliation> cities) {

	public Reconciliation {
		cities = List.copyOf(cities);
	}

	public Optional<CityReconciliation> city(String cityCode) {
		return this.cities.stream().filter((city) -> city.city().code().equals(cityCode)).findFirst();
	}

	/** The cities without a submission for the as-of date, in reference order. */
	public List<CityReconciliation> notSubmitted() {
		return this.cities.stream().filter((city) -> !city.submitted()).toList();
	}

	/** The cities with a mismatching figure or county claim, in reference order. */
	public List<CityReconciliation> withDiscrepancies() {
		return this.cities.stream().filter(CityReconciliation::hasDiscrepancies).toList();
	}

}
