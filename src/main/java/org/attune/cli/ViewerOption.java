package org.attune.cli;

import org.attune.workbench.CoderView;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Option;

/**
 * {@code --as CODER}: who is looking. A coder in a blind round sees only their own codings on its
 * transcripts, and agreement or consensus with others there is refused; the workbench decides,
 * this only names the coder. Without it, a command that names its coder with {@code --coder}
 * looks as that coder, and one that names none looks as nobody in particular, who sees everything.
 */
final class ViewerOption {

    @Option(names = "--as", paramLabel = "CODER",
            description = "Look as this coder: on the transcripts of their blind rounds only their own codings are seen, "
                    + "and agreement or consensus with other coders there is refused.")
    String as;

    /** The project as the viewer sees it: {@code --as}, else the command's own coder (null for none). */
    CoderView of(Workbench workbench, String coder) {
        return workbench.seenBy(as != null ? as : coder);
    }
}
