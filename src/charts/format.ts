/** Numbers as the charts and tables write them: thousands separators, no trailing zeros ("58,336", "12.5"). */
import { format } from 'd3';

export const formatNumber = format(',~');
