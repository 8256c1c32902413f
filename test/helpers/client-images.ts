export { pushSampleImage as pushTestImage } from '../../testing/sample-image.ts';
