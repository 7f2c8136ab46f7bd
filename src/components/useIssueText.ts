/** Translates core's uneven-division notes; core's own English message is the fallback. */
import { useTranslation } from 'react-i18next';
import type { SpecIssue } from '../core/issues';

export function useIssueText(): (issue: SpecIssue) => string {
  const { t } = useTranslation();
  return (issue) => {
    if (issue.code !== 'rounded') return issue.message;
    const v = issue.values;
    const values = {
      input: String(v.input),
      kernel: String(v.kernel),
      padding: String(v.padding),
      stride: String(v.stride),
      exact: String(v.exact),
      output: String(v.output),
    };
    // Image pixels lost, or only padding left unread (nothing lost), or a ceil window past the edge.
    const dropped = Number(v.dropped);
    const unreadPadding = Number(v.droppedPadding);
    if (dropped > 0) return t('issues.roundedDropped', { ...values, count: dropped });
    if (unreadPadding > 0) return t('issues.roundedUnreadPadding', { ...values, count: unreadPadding });
    return t('issues.roundedPadded', { ...values, count: Number(v.padded) });
  };
}
