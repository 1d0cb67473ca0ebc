package vn.dvc.kiosk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Features talk through their public services and events, never through each other's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(DvcKioskApplication.class);

    @Test
    void featureBoundariesHold() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
