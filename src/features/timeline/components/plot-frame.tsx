import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { LineChart } from 'recharts';

interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const LayersContext = createContext<ReactNode>(null);

function Layers() {
  return useContext(LayersContext);
}

/**
 * Recharts' LineChart as the frame of a plot (size, margins, plot area), with our layers in it.
 * The chart element is made once per size: the layers reach it through a context, so a zoom
 * re-renders the layers alone. Re-rendering LineChart itself would make Recharts dispatch its
 * props to its store again (an Immer update and its selectors) on every zoom.
 */
export function PlotFrame({ width, height, margin, label, children }: { width: number; height: number; margin: Margin; label?: string; children: ReactNode }) {
  const frame = useMemo(
    () => (
      <LineChart width={width} height={height} margin={margin} accessibilityLayer={false} aria-label={label}>
        <Layers />
      </LineChart>
    ),
    [width, height, margin, label],
  );
  return <LayersContext.Provider value={children}>{frame}</LayersContext.Provider>;
}
