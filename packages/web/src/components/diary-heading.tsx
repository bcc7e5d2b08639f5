import { DemoBanner } from "./demo-banner.tsx";

/** The top of every diary screen: its title, the example-data banner when it applies, and one lead line. */
export function DiaryHeading(props: {
  readonly title: string;
  readonly lead: string;
  /** The lead explains the screen, not the data: leave it off the printout. */
  readonly leadOnScreenOnly?: boolean;
}) {
  return (
    <>
      <h1 tabIndex={-1}>{props.title}</h1>
      <DemoBanner />
      <p class={props.leadOnScreenOnly ? "lead no-print" : "lead"}>{props.lead}</p>
    </>
  );
}
