import { showAsIs } from '@/lib/uploads/image-url';

// A photo through Next.js's image optimizer (/_next/image: resized WebP) as a plain <img> with a
// srcset: no client JavaScript, where next/image's component adds ~5.5 kB (gzip) to every page that
// shows one. The widths are Next.js's default deviceSizes/imageSizes (the optimizer accepts only those).
const FILL_WIDTHS = [384, 640, 750, 828, 1080, 1200, 1920];
const FIXED_WIDTHS = [16, 32, 48, 64, 96, 128, 256, 384];

const optimized = (src: string, width: number) => `/_next/image?url=${encodeURIComponent(src)}&w=${width}&q=75`;
const fixedWidth = (size: number) => FIXED_WIDTHS.find((w) => w >= size) ?? 384;

type Props = {
  src: string;
  alt: string;
  className?: string;
  /** The first photo a visitor sees: loaded at once and first. */
  priority?: boolean;
} & ({ fill: true; sizes: string } | { fill?: false; width: number; height: number });

export function Photo(props: Props) {
  const { src, alt, className = '', priority = false } = props;
  const asIs = showAsIs(src);
  const common = { decoding: 'async' as const, loading: priority ? ('eager' as const) : ('lazy' as const), fetchPriority: priority ? ('high' as const) : undefined };
  if (props.fill) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- the optimizer's srcset without next/image's client component
      <img
        {...common}
        alt={alt}
        src={asIs ? src : optimized(src, 1080)}
        srcSet={asIs ? undefined : FILL_WIDTHS.map((w) => `${optimized(src, w)} ${w}w`).join(', ')}
        sizes={asIs ? undefined : props.sizes}
        className={`absolute inset-0 h-full w-full ${className}`}
      />
    );
  }
  const { width, height } = props;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above
    <img
      {...common}
      alt={alt}
      width={width}
      height={height}
      src={asIs ? src : optimized(src, fixedWidth(width))}
      srcSet={asIs ? undefined : `${optimized(src, fixedWidth(width))} 1x, ${optimized(src, fixedWidth(2 * width))} 2x`}
      className={className}
    />
  );
}
