package vn.dvc.kiosk.kiosk.profile;

import java.util.List;
import java.util.stream.Collectors;

/** A kiosk profile with wrong values: the kiosk refuses to start, and says which values and why. */
public class KioskProfileException extends RuntimeException {

    private final transient List<ProfileProblem> problems;
    private final String profileFile;

    public KioskProfileException(List<ProfileProblem> problems, String profileFile) {
        super("The kiosk profile has " + problems.size() + " wrong value(s):\n" + problems.stream()
                .map(p -> " - " + p.describe()).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.profileFile = profileFile;
    }

    public List<ProfileProblem> problems() {
        return problems;
    }

    /** The profile file the app was told to read (it may not exist). */
    public String profileFile() {
        return profileFile;
    }
}
