// A rating as the reader shows it, coloured by its reliability class: for the inspector and the
// legend, so a rating looks the same wherever it appears.
import { ratingHint } from '@shared/scales'
import { reliabilityClass } from './reader-filter'
import classes from './Reader.module.css'

export function RatingChip({ rating }: { rating: string }) {
  return (
    <span
      className={classes.rating}
      data-reliability={reliabilityClass(rating) ?? undefined}
      data-rating-chip
      title={ratingHint(rating)}
    >
      {rating}
    </span>
  )
}
