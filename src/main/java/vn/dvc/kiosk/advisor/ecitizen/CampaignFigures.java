package vn.dvc.kiosk.advisor.ecitizen;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the campaign achieved from one day to another (both included), for one group or for all: who helped how many residents each
 * week, how many of each step were done, how many residents filed their first online dossier, and per commune. A
 * resident counts as helped by a volunteer in a week when that volunteer ticked at least one of their steps then.
 *
 * @param weeks             the ISO weeks that overlap the window, oldest first
 * @param residentsHelped   distinct residents with at least one step done in the window
 * @param firstOnlineDossiers residents whose {@link EcitizenStep#FIRST_ONLINE_DOSSIER} was ticked in the window
 */
public record CampaignFigures(LocalDate from, LocalDate to, List<IsoWeek> weeks, List<VolunteerFigures> volunteers, Map<EcitizenStep, Long> stepsDone,
        long residentsHelped, long firstOnlineDossiers, List<CommuneFigures> communes) {

    /** @param residentsPerWeek by {@link IsoWeek#yearWeek()}; weeks without any are absent */
    public record VolunteerFigures(String username, String name, Map<Integer, Long> residentsPerWeek,
            long residents) {

        public long residentsIn(IsoWeek week) {
            return residentsPerWeek.getOrDefault(week.yearWeek(), 0L);
        }
    }

    public record CommuneFigures(String communeCode, long residentsHelped, long stepsDone, long firstOnlineDossiers) {
    }
}
