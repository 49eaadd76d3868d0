import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** One line of figures: what it is, its value, and the test id the value is found by. */
export interface Figure {
  readonly term: string;
  readonly value: ReactNode;
  readonly testId?: string;
}

const useStyles = makeStyles({
  figures: {
    display: 'grid',
    gridTemplateColumns: 'auto auto',
    justifyContent: 'start',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums', textAlign: 'right' },
});

/** A month's or a period's figures at a glance, terms left and values right-aligned in a column. */
export function FigureList({ figures }: { readonly figures: readonly Figure[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.figures}>
      {figures.map((figure) => [
        <dt key={`${figure.term}-term`} className={styles.term}>
          {figure.term}
        </dt>,
        <dd key={`${figure.term}-value`} className={styles.value} data-testid={figure.testId}>
          {figure.value}
        </dd>,
      ])}
    </dl>
  );
}
