import { makeStyles } from '@fluentui/react-components';

interface LiveRegionProps {
  readonly message: string;
}

const useStyles = makeStyles({
  // Visually hidden but read: the region stays in the page so that changes are announced.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

/** Announces progress and outcomes to screen readers; always mounted, only its text changes. */
export function LiveRegion({ message }: LiveRegionProps) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden} data-testid="live-region">
      {message}
    </div>
  );
}
