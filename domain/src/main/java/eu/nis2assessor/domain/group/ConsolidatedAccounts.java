package eu.nis2assessor.domain.group;

import eu.nis2assessor.domain.size.SizeFigures;
import eu.nis2assessor.domain.validation.Check;
import java.util.List;

/**
 * Consolidated accounts prepared by an enterprise (Rec 2003/361 Annex Art 6(2)): used instead of adding
 * up the enterprises they include line by line. The consolidating enterprise itself is always included.
 *
 * @param figures         the consolidated figures of the latest period
 * @param previousFigures the consolidated figures of the period before, or {@code null}
 * @param includes        keys of the other enterprises consolidated line by line
 */
public record ConsolidatedAccounts(SizeFigures figures, SizeFigures previousFigures, List<String> includes) {

    public ConsolidatedAccounts {
        Check.required(figures, "figures");
        includes = List.copyOf(Check.required(includes, "includes"));
    }
}
