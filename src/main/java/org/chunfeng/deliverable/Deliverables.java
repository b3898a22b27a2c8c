package org.chunfeng.deliverable;

import java.util.List;
import java.util.Optional;

/** The deliverables described in {@code jobs/}, in a stable order. */
public interface Deliverables {

	List<Deliverable> all();

	Optional<Deliverable> find(String id);

	/** The deliverable or an error listing the known ids. */
	default Deliverable get(String id) {
		return find(id).orElseThrow(() -> new IllegalArgumentException("unknown deliverable '" + id + "' (known: "
				+ String.join(", ", all().stream().map(Deliverable::id).toList()) + ")"));
	}

}
