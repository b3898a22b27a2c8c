package org.chunfeng.reconcile;

import java.time.LocalDate;
import java.util.List;

/** Every city of the province reconciled as of one date, in reference order. */
public record Reconciliation(LocalDate asOf, List<CityReconciliation> cities) {

	public Reconciliation {
		cities = List.copyOf(cities);
	}

}
