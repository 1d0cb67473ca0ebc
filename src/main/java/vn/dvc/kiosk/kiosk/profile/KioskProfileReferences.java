package vn.dvc.kiosk.kiosk.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import vn.dvc.kiosk.kiosk.KioskProfile;

/** The profile's values that name things in the database: the commune, the procedures. */
final class KioskProfileReferences {

    private KioskProfileReferences() {
    }

    static List<ProfileProblem> problems(KioskProfile profile, Predicate<String> communeExists,
            Predicate<String> procedureExists, int catalogSize) {
        List<ProfileProblem> problems = new ArrayList<>();
        if (profile.communeCode() != null && !communeExists.test(profile.communeCode())) {
            problems.add(new ProfileProblem(KioskProfileReader.COMMUNE, profile.communeCode(),
                    "no commune or ward has this code since 1 July 2025 (the 2025 reform renumbered many); use "
                            + "the 5-digit code of today's commune or ward, e.g. 00070 for Phường Hoàn Kiếm."));
        }
        List<String> unknown = profile.enabledProcedures().stream().filter(code -> !procedureExists.test(code))
                .sorted().toList();
        for (String code : unknown) {
            problems.add(new ProfileProblem(KioskProfileReader.PROCEDURES, code, "the catalog (" + catalogSize
                    + " procedures) has no procedure with this code; use codes from the catalog, e.g. 1.001193 "
                    + "(Đăng ký khai sinh), or leave the list empty to offer every procedure."));
        }
        return problems;
    }
}
