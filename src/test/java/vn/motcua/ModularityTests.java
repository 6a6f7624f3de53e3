package vn.motcua;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold (no cycles, only API types used across modules), and the module docs are generated. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MotCuaApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, "target/spring-modulith-docs").writeDocumentation();
	}
}
