export { pushSampleImage as pushTestImage } from '../../lib/sample-image.ts';
